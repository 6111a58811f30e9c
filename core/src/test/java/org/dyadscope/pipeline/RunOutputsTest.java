package org.dyadscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work folders of killed runs are swept; those of live runs and foreign folders are not. */
class RunOutputsTest {
  @TempDir Path tmp;

  @Test
  void aKilledRunsWorkFolderIsDeletedByTheNextRunOfTheSameOutputFolder() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long dead = p.pid();
    long alive = ProcessHandle.current().pid();
    Path killed = Files.createDirectories(tmp.resolve(".out.partial-" + dead + "-123"));
    Files.writeString(killed.resolve("case.duckdb"), "half-written");
    Path killedOld = Files.createDirectories(tmp.resolve(".out.partial-" + dead + "-123.old-456"));
    Path running = Files.createDirectories(tmp.resolve(".out.partial-" + alive + "-789"));
    Path otherOutput = Files.createDirectories(tmp.resolve(".other.partial-" + dead + "-1"));
    Path notOurs = Files.createDirectories(tmp.resolve(".out.partial-abc-1"));

    assertThat(RunOutputs.staleWorkFolders(tmp, ".out.partial-")).containsExactly(killed, killedOld);

    Path work = RunOutputs.workFolder(tmp.resolve("out"));
    assertThat(work.getFileName().toString()).startsWith(".out.partial-" + alive + "-");
    assertThat(killed).doesNotExist();
    assertThat(killedOld).doesNotExist();
    assertThat(running).isDirectory();
    assertThat(otherOutput).isDirectory();
    assertThat(notOurs).isDirectory();
    assertThat(work).isEmptyDirectory();
  }
}
