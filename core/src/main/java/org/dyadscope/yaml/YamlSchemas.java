package org.dyadscope.yaml;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the case files, read once from the jar ({@code org/dyadscope/yaml/schema/},
 * copied there from {@code docs/schema/} by the build): draft 2020-12, validated by networknt's
 * json-schema-validator over the Jackson tree of the YAML.
 */
final class YamlSchemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  private YamlSchemas() {}

  /** The schema {@code <name>.schema.json}; a missing one is a broken build. */
  static Schema get(String name) {
    return LOADED.computeIfAbsent(name, n -> {
      String resource = "schema/" + n + ".schema.json";
      try (InputStream in = YamlSchemas.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the jar; rebuild it (mvn package)");
        }
        return REGISTRY.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
