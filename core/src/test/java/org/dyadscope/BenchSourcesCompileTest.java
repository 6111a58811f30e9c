package org.dyadscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark programs under {@code bench/} are compiled by {@code bench/run.sh}, not by Maven;
 * compiling them here against the project's classes keeps an API change from breaking the
 * benchmark unnoticed.
 */
class BenchSourcesCompileTest {
  @Test
  void benchProgramsCompileAgainstTheCurrentClasses(@TempDir Path out) throws IOException {
    List<String> sources;
    try (Stream<Path> s = Files.list(Path.of("bench"))) {
      sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    assertThat(sources).contains("bench/DuckDbReadCsv.java", "bench/DuckDbStore.java", "bench/ReaderOnly.java");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path")));
    args.addAll(sources);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(null, null, err, args.toArray(String[]::new));
    assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }
}
