package org.dyadscope.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a Jackson YAML syntax or binding error into a {@link CaseFileException} that names the
 * file, the line and column of the offending key or value, and the fix ({@link YamlDocument#read}).
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
  static CaseFileException binding(Path file, String text, JsonProcessingException e, String layoutHint) {
    JsonLocation loc = e.getLocation();
    String at = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    String message = e.getOriginalMessage().lines().findFirst().orElse("");
    String fix = "fix the YAML at that place (" + layoutHint + ")";
    MarkedYAMLException m = unclosed(e);
    if (m != null) {
      // SnakeYAML finds an unclosed bracket or quote only on a later line: point at where it opened
      at = ":" + (m.getContextMark().getLine() + 1) + ":" + (m.getContextMark().getColumn() + 1);
      message = m.getContext() + " that starts here: " + m.getProblem() + " at line " + (m.getProblemMark().getLine() + 1)
          + ", column " + (m.getProblemMark().getColumn() + 1);
    }
    if (m == null && e instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
      try {
        boolean unknown = e instanceof UnrecognizedPropertyException;
        at = ":" + YamlLocations.of(text).at(pointer(jm), unknown);
      } catch (IOException notYaml) {
        // keep Jackson's location
      }
      if (e instanceof UnrecognizedPropertyException u) {
        String key = path(jm);
        message = "unknown key '" + u.getPropertyName() + "'" + (key.equals(u.getPropertyName()) ? "" : " (at " + key + ")")
            + suggestion(u.getPropertyName(), u.getKnownPropertyIds());
        fix = "keys allowed here: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
            .collect(Collectors.joining(", "));
      } else {
        message += " (at " + path(jm) + ")";
      }
    }
    return new CaseFileException(file + at + ": " + message + "; " + fix, e);
  }

  /** The SnakeYAML syntax error behind {@code e} when it was found on a later line than the construct it is about, else null. */
  private static MarkedYAMLException unclosed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m.getContextMark() != null && m.getProblemMark() != null
            && m.getContextMark().getLine() < m.getProblemMark().getLine() ? m : null;
      }
    }
    return null;
  }

  /** ", did you mean 'x'?" when one of {@code known} is within two edits (a letter swap is one) of {@code typo}, else "". */
  public static String suggestion(String typo, Collection<?> known) {
    String best = null;
    int bestDistance = 3;
    for (Object k : known) {
      int d = editDistance(typo, String.valueOf(k));
      if (d < bestDistance) {
        bestDistance = d;
        best = String.valueOf(k);
      }
    }
    return best == null ? "" : ", did you mean '" + best + "'?";
  }

  /** Edits between two names, a swap of two neighbouring letters counting one (CNH is one from CHN). */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
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
