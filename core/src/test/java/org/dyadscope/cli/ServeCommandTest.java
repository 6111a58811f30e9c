package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadscope.serve.FlagshipStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyadscope serve} refuses what it cannot serve in one line on standard error, exit 1, before blocking. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingStoreIsOneLineAndExit1() {
    CliRunner.Result r = CliRunner.run("serve", dir.resolve("nothing").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("dyadscope serve: " + dir.resolve("nothing") + ": no such store");
  }

  @Test
  void aCorruptStoreIsOneLineAndExit1() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("case.duckdb"), "not a database, a text file\n".repeat(200));
    CliRunner.Result r = CliRunner.run("serve", out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("dyadscope serve: " + out.resolve("case.duckdb")))).hasSize(1);
    assertThat(r.err()).contains("not a readable DuckDB store");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aBusyPortIsOneLineAndExit1() throws Exception {
    Path out = FlagshipStore.outputFolder();
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRunner.Result r = CliRunner.run("serve", out.toString(), "--port", Integer.toString(busy.getLocalPort()));
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err().lines()).singleElement().asString()
          .isEqualTo("dyadscope serve: 127.0.0.1:" + busy.getLocalPort() + " is in use; choose another --port (0 picks a free one)");
      assertThat(r.out()).isEmpty();
    }
  }
}
