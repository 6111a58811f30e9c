package org.dyadscope.trace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import org.dyadscope.cases.CaseFileException;

/**
 * Turns a Jackson YAML syntax or binding error into a {@link CaseFileException} that names the
 * file, the line and column of the offending key or value, and the fix. Shared by the loaders of
 * a case folder's YAML files ({@code trace.yaml}, {@code themes.yaml}).
 */
public final class YamlErrors {
  private YamlErrors() {}

  /**
   * The error located at the offending key or value: the binding path is looked up in the YAML
   * (Jackson reports an unknown key after its value), else Jackson's own location is used.
   *
   * @param file the file read
   * @param text its text
   * @param e the Jackson error
   * @param layoutHint what the file's keys are, used in the fix of a syntax error
   */
  public static CaseFileException binding(Path file, String text, JsonProcessingException e, String layoutHint) {
    JsonLocation loc = e.getLocation();
    String at = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    String message = e.getOriginalMessage().lines().findFirst().orElse("");
    String fix = "fix the YAML at that place (" + layoutHint + ")";
    if (e instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
      try {
        boolean unknown = e instanceof UnrecognizedPropertyException;
        at = ":" + YamlLocations.of(text).at(pointer(jm), unknown);
      } catch (IOException notYaml) {
        // keep Jackson's location
      }
      if (e instanceof UnrecognizedPropertyException u) {
        message = "unknown key '" + u.getPropertyName() + "' (at " + path(jm) + ")";
        fix = "use one of " + u.getKnownPropertyIds() + " or delete it";
      } else {
        message += " (at " + path(jm) + ")";
      }
    }
    return new CaseFileException(file + at + ": " + message + "; " + fix, e);
  }

  /** The binding path as a {@link YamlLocations} path, e.g. {@code /hypotheses/1/prior}. */
  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
    }
    return sb.toString();
  }

  /** The binding path of a mapping error, e.g. {@code hypotheses[1].prior}. */
  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
