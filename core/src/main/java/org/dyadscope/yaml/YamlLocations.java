package org.dyadscope.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and value of a YAML document starts, by JSON-pointer-like path
 * ({@code /evidence/2/likelihoods/H1}), so that semantic errors found after binding can name the
 * exact line and column of the offending value. Built by one streaming pass over the text.
 */
public final class YamlLocations {
  private final Map<String, JsonLocation> values = new HashMap<>();
  private final Map<String, JsonLocation> keys = new HashMap<>();

  /** Indexes {@code text}; it must already have parsed without error. */
  public static YamlLocations of(String text) throws IOException {
    YamlLocations index = new YamlLocations();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      if (p.nextToken() != null) {
        index.walk(p, "");
      }
    }
    return index;
  }

  private void walk(JsonParser p, String path) throws IOException {
    values.put(path, p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String child = path + "/" + p.currentName();
        keys.put(child, p.currentTokenLocation());
        p.nextToken();
        walk(p, child);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        walk(p, path + "/" + i++);
      }
    }
  }

  /**
   * "line:column" of the value at {@code path}, or of its key when {@code atKey}; falls back to the
   * nearest enclosing path that is indexed, and to "1:1".
   */
  public String at(String path, boolean atKey) {
    JsonLocation loc = (atKey ? keys : values).get(path);
    String p = path;
    while (loc == null && !p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
      loc = keys.containsKey(p) ? keys.get(p) : values.get(p);
    }
    return loc == null ? "1:1" : loc.getLineNr() + ":" + loc.getColumnNr();
  }
}
