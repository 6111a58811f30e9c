package org.dyadscope.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A YAML file of a case folder ({@code case.yaml}, {@code trace.yaml}, {@code themes.yaml}) bound to
 * its raw shape, with the place of every key and value, so that every error, of syntax, of binding
 * or found later by a loader's checks, reads {@code file:line:column: what; the fix}. The one
 * loading path of the case's YAML files: unknown keys are errors, so typos do not pass silently.
 *
 * @param <T> the raw shape (public fields named as the YAML keys)
 * @param file the file read
 * @param raw the bound document, never null
 * @param where where each key and value starts
 * @param tree the document as a JSON tree, for {@link #enforce} (its JSON Schema)
 */
public record YamlDocument<T>(Path file, T raw, YamlLocations where, JsonNode tree) {
  /**
   * What a loader tells about its file, for the messages of errors found before its own checks.
   *
   * @param fileName the file's name in a case folder, e.g. {@code trace.yaml}
   * @param what what it holds, e.g. {@code trace} ("trace file not found")
   * @param missingFix the fix when the file is missing
   * @param layout what the file's keys are, in the fix of a syntax error
   * @param emptyFix the fix when the file holds no document
   */
  public record Kind(String fileName, String what, String missingFix, String layout, String emptyFix) {}

  /**
   * Reads {@code kind.fileName()} of a case folder, or the given file, and binds it to {@code type}.
   *
   * @throws CaseFileException when the file is missing, unreadable, empty, not YAML, or has an
   *     unknown key or a value of the wrong type; located at file:line:column with the fix
   */
  public static <T> YamlDocument<T> read(Path folderOrFile, Kind kind, Class<T> type) throws CaseFileException {
    Path file = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(kind.fileName()) : folderOrFile;
    if (!Files.isRegularFile(file)) {
      throw new CaseFileException(file + ": " + kind.what() + " file not found; " + kind.missingFix());
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CaseFileException(file + ": cannot read " + kind.what() + " file: " + e.getMessage(), e);
    }
    if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      throw empty(file, kind);
    }
    T raw;
    YamlLocations where;
    JsonNode tree;
    try {
      ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      raw = mapper.readValue(text, type);
      tree = mapper.readTree(text);
      where = YamlLocations.of(text);
    } catch (JsonProcessingException e) {
      throw YamlErrors.binding(file, text, e, kind.layout());
    } catch (IOException e) {
      throw new CaseFileException(file + ": cannot parse " + kind.what() + " file: " + e.getMessage(), e);
    }
    if (raw == null) {
      throw empty(file, kind);
    }
    return new YamlDocument<>(file, raw, where, tree);
  }

  private static CaseFileException empty(Path file, Kind kind) {
    return new CaseFileException(file + ":1:1: " + kind.what() + " file is empty; " + kind.emptyFix());
  }

  /**
   * An error at the value (or, with {@code atKey}, the key) at {@code path}, e.g.
   * {@code /evidence/2/likelihoods/H1}; a path not in the file falls back to its nearest parent.
   */
  public CaseFileException error(String path, boolean atKey, String message) {
    return new CaseFileException(file + ":" + where.at(path, atKey) + ": " + message);
  }

  /**
   * Checks the document against its JSON Schema ({@code docs/schema/<name>.schema.json}, in the jar
   * as {@code org/dyadscope/yaml/schema/}), the schema an editor validates with. The loaders call it
   * after their own checks, whose messages say more, so it catches what those leave out.
   *
   * @param schemaName e.g. {@code case} for {@code case.schema.json}
   * @throws CaseFileException at the first violation's file:line:column, with the schema's words
   */
  public void enforce(String schemaName) throws CaseFileException {
    List<Error> errors = YamlSchemas.get(schemaName).validate(tree);
    if (!errors.isEmpty()) {
      Error e = errors.get(0);
      StringBuilder path = new StringBuilder();
      NodePath at = e.getInstanceLocation();
      for (int i = 0; i < at.getNameCount(); i++) {
        path.append('/').append(at.getElement(i));
      }
      String message = e.getMessage().replaceFirst("^\\$[^:\\s]*:\\s*", "");
      throw error(path.toString(), path + " " + message + " (" + schemaName + ".schema.json); see docs/case-files.md");
    }
  }

  /** An error at the value at {@code path}. */
  public CaseFileException error(String path, String message) {
    return error(path, false, message);
  }
}
