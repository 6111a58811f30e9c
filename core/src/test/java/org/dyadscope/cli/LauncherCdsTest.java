package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class data sharing (bin/dyadscope, DYADSCOPE_JAR pointing at a small jar of
 * {@link Hello}): the first run of a command writes its archive, the next checks it, moves it into
 * place and maps it, and a stale, truncated, half-written or missing archive never changes a run's
 * output or exit code.
 */
class LauncherCdsTest {
  /**
   * The small jar's main: prints its arguments, and the system property named by the first after
   * "prop"; exits 3 when the second one is "fail".
   */
  public static final class Hello {
    public static void main(String[] args) {
      System.out.println("hello " + String.join(" ", args));
      if (args.length > 1 && args[0].equals("prop")) {
        System.out.println(args[1] + "=" + System.getProperty(args[1]));
      }
      if (args.length > 1 && args[1].equals("fail")) {
        System.exit(3);
      }
    }
  }

  @TempDir Path dir;

  private record Run(int exit, String out) {}

  private Path jar() throws IOException {
    Path jar = dir.resolve("hello.jar");
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
    String entry = Hello.class.getName().replace('.', '/') + ".class";
    try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, m);
        InputStream in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      in.transferTo(j);
      j.closeEntry();
    }
    return jar;
  }

  private Run launch(Path jar, Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "bin/dyadscope"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("DYADSCOPE_JAR", jar.toString());
    pb.environment().put("DYADSCOPE_CDS_DIR", dir.resolve("cds").toString());
    pb.environment().remove("DYADSCOPE_CDS");
    pb.environment().remove("JAVA_HOME"); // java on the PATH unless a test names one
    pb.environment().put("DYADSCOPE_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  private List<Path> cdsFiles() throws IOException {
    if (!Files.isDirectory(dir.resolve("cds"))) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir.resolve("cds"))) {
      return s.sorted().toList();
    }
  }

  private Path archive() throws IOException {
    return cdsFiles().stream().filter(f -> f.toString().endsWith(".jsa")).findFirst().orElseThrow();
  }

  private List<Path> pending() throws IOException {
    return cdsFiles().stream().filter(f -> f.getFileName().toString().contains(".jsa.pending-")).toList();
  }

  /** Two runs: the first writes the archive as it exits, the second checks it and moves it into place. */
  private Path archived(Path jar) throws Exception {
    assertThat(launch(jar, Map.of(), "greet", "0")).isEqualTo(new Run(0, "hello greet 0\n"));
    assertThat(pending()).hasSize(1);
    assertThat(launch(jar, Map.of(), "greet", "1")).isEqualTo(new Run(0, "hello greet 1\n"));
    assertThat(pending()).isEmpty();
    return archive();
  }

  @Test
  void firstRunWritesTheArchiveAndTheNextMovesItInAndMapsIt() throws Exception {
    Path jar = jar();
    assertThat(launch(jar, Map.of(), "greet", "a")).isEqualTo(new Run(0, "hello greet a\n"));
    assertThat(pending()).singleElement().satisfies(
        p -> assertThat(p.getFileName().toString()).matches("greet-[0-9]+\\.jsa\\.pending-[0-9]+"));

    Run logged = launch(jar, Map.of("DYADSCOPE_JAVA_OPTS", "-Xlog:class+load=info"), "greet", "b");
    assertThat(logged.exit()).isZero();
    assertThat(logged.out()).contains(Hello.class.getName() + " source: shared objects file (top)")
        .contains("\nhello greet b\n");
    Path archive = archive();
    assertThat(archive.getFileName().toString()).matches("greet-[0-9]+\\.jsa");
    assertThat(cdsFiles()).containsExactly(archive, Path.of(archive + ".size"));
    assertThat(Files.readString(Path.of(archive + ".size")).trim()).isEqualTo(Long.toString(Files.size(archive)));
  }

  @Test
  void aStaleArchiveIsPassedOverAndWrittenAgain() throws Exception {
    Path jar = jar();
    Path archive = archived(jar);
    // the jar rebuilt after the archive: the launcher does not use it, and writes it again
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
    assertThat(launch(jar, Map.of(), "greet", "c")).isEqualTo(new Run(0, "hello greet c\n"));
    assertThat(pending()).hasSize(1);
    assertThat(launch(jar, Map.of(), "greet", "c")).isEqualTo(new Run(0, "hello greet c\n"));
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));

    // an archive of another jar (rebuilt: another time stamp) that looks current: the JVM passes over it, silently
    Path other = jar();
    Files.setLastModifiedTime(other, FileTime.fromMillis(Files.getLastModifiedTime(other).toMillis() + 5_000));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(other).toMillis() + 5_000));
    assertThat(launch(other, Map.of(), "greet", "d")).isEqualTo(new Run(0, "hello greet d\n"));
  }

  @Test
  void aTruncatedArchiveIsNeverMapped() throws Exception {
    Path jar = jar();
    Path archive = archived(jar);
    long size = Files.size(archive);
    archive.toFile().setWritable(true);
    byte[] half;
    try (InputStream in = Files.newInputStream(archive)) {
      half = in.readNBytes((int) (size / 2));
    }
    Files.write(archive, half); // mapping it would crash the JVM (SIGBUS)
    assertThat(launch(jar, Map.of(), "greet", "e")).isEqualTo(new Run(0, "hello greet e\n"));
    assertThat(launch(jar, Map.of(), "greet", "e")).isEqualTo(new Run(0, "hello greet e\n"));
    assertThat(Files.size(archive)).isGreaterThan(size / 2)
        .isEqualTo(Long.parseLong(Files.readString(Path.of(archive + ".size")).trim()));
  }

  @Test
  void aHalfWrittenArchiveOfAnEndedRunIsDeleted() throws Exception {
    Path jar = jar();
    Path archive = archived(jar);
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
    // as a JVM killed while writing leaves it: the start of a good archive, named after a process that has ended
    Path cut = dir.resolve("cds").resolve(archive.getFileName() + ".pending-" + Integer.MAX_VALUE);
    byte[] head;
    try (InputStream in = Files.newInputStream(archive)) {
      head = in.readNBytes((int) (Files.size(archive) / 3));
    }
    Files.write(cut, head);
    assertThat(launch(jar, Map.of(), "greet", "g")).isEqualTo(new Run(0, "hello greet g\n"));
    assertThat(cut).doesNotExist();
  }

  @Test
  void aFailedRunKeepsItsExitCodeAndCdsOffWritesNothing() throws Exception {
    Path jar = jar();
    assertThat(launch(jar, Map.of(), "greet", "fail")).isEqualTo(new Run(3, "hello greet fail\n"));
    assertThat(launch(jar, Map.of(), "greet", "fail")).isEqualTo(new Run(3, "hello greet fail\n"));
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Map<String, String> off = Map.of("DYADSCOPE_CDS", "0", "DYADSCOPE_CDS_DIR", other.resolve("cds").toString());
    assertThat(launch(jar, off, "greet", "f")).isEqualTo(new Run(0, "hello greet f\n"));
    assertThat(other.resolve("cds")).doesNotExist();
  }

  /** A JDK 23 or newer on this machine (Debian's default is 17), or null. */
  private static Path newerJdk() {
    Path jdk = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    return Files.isExecutable(jdk.resolve("bin/java")) ? jdk : null;
  }

  @Test
  void javaHomeRunsItsJavaWithItsOwnArchiveAndTheOptionsItsVersionTakes() throws Exception {
    Path jdk = newerJdk();
    Assumptions.assumeTrue(jdk != null, "SKIPPED: no JDK 25 at /usr/lib/jvm/temurin-25-jdk-amd64");
    // the default java (taken to be the one running the tests) must be one the option is not given to
    Assumptions.assumeTrue(Runtime.version().feature() < 23,
        "SKIPPED: the default java is JDK " + Runtime.version().feature() + ", not one below 23");
    Path jar = jar();
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
    String allowed = "sun.misc.unsafe.memory.access";
    // JDK 25: Arrow's Unsafe calls allowed without a warning; JDK 17 on the PATH would refuse that option
    assertThat(launch(jar, env, "prop", allowed)).isEqualTo(new Run(0, "hello prop " + allowed + "\n" + allowed + "=allow\n"));
    assertThat(launch(jar, env, "prop", allowed).exit()).isZero(); // its archive checked and moved in
    assertThat(launch(jar, Map.of(), "prop", allowed)).isEqualTo(new Run(0, "hello prop " + allowed + "\n" + allowed + "=null\n"));
    assertThat(launch(jar, Map.of(), "prop", allowed).exit()).isZero();
    // one archive per JDK (the key names the java binary), each with its size
    assertThat(cdsFiles()).filteredOn(f -> f.toString().endsWith(".jsa")).hasSize(2);
    Run logged = launch(jar, Map.of("JAVA_HOME", jdk.toString(), "DYADSCOPE_JAVA_OPTS", "-Xlog:class+load=info"), "prop", "x");
    assertThat(logged.out()).contains(Hello.class.getName() + " source: shared objects file (top)");
  }

  @Test
  void aJavaHomeWithoutJavaIsRefusedByName() throws Exception {
    Path jar = jar();
    Path empty = Files.createDirectories(dir.resolve("not-a-jdk"));
    ProcessBuilder pb = new ProcessBuilder("bash", "bin/dyadscope", "greet");
    pb.environment().put("DYADSCOPE_JAR", jar.toString());
    pb.environment().put("JAVA_HOME", empty.toString());
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(1);
    assertThat(err).isEqualTo("dyadscope: JAVA_HOME is " + empty + ", which has no bin/java; point JAVA_HOME at a JDK 17"
        + " or newer, or unset it to use java on the PATH\n");
    assertThat(cdsFiles()).isEmpty();
  }
}
