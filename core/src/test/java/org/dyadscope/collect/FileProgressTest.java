package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress lines in a log: every file of a small source, each tenth of a large one. */
class FileProgressTest {
  private static FileResult file(String name, String source, long read, long loaded) {
    return new FileResult(name, source, "tkg", read, loaded, 1, 0, read - loaded - 1, 0, 0, 0, 0, null, 0, null);
  }

  @Test
  void aSmallSourceGetsALinePerFileALargeOneALinePerTenthWithRunningTotals() {
    Map<String, Integer> files = new LinkedHashMap<>();
    files.put("icews18", 2);
    files.put("graph", 25);
    FileProgress p = new FileProgress(files);
    assertThat(p.loaded("icews18", file("icews18/a.txt", "icews18", 10, 8)))
        .isEqualTo("collect [1/27] icews18/a.txt: 10 rows read, 8 loaded, 1 quarantined, 0 duplicate, 1 filtered");
    assertThat(p.loaded("icews18", file("icews18/b.txt", "icews18", 1, 0)))
        .isEqualTo("collect [2/27] icews18/b.txt: 1 row read, 0 loaded, 1 quarantined, 0 duplicate, 0 filtered");
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      String line = p.loaded("graph", file("g/" + i + ".zip", "graph", 1_000, 998));
      if (line != null) {
        lines.add(line);
      }
    }
    // a tenth of 25 files is 3 files (rounded up): lines after files 3, 6, ..., 24 and the last, 25
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo("collect [5/27] source graph: 3 of 25 files, 3,000 rows read, 2,994 loaded,"
        + " 3 quarantined, 0 duplicate, 3 filtered");
    assertThat(lines.get(8)).isEqualTo("collect [27/27] source graph: 25 of 25 files, 25,000 rows read, 24,950 loaded,"
        + " 25 quarantined, 0 duplicate, 25 filtered");
  }
}
