package org.dyadscope.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;
import org.dyadscope.serve.FlagshipStore;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;

/** The review key of a document, on a small store and on the flagship run's store. */
class DocumentKeysTest {
  private static Map<String, String> keysByFileAndLine(Connection c) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(DocumentKeys.DOCS + "SELECT file, line, doc_file FROM docs ORDER BY file, line")) {
      while (rs.next()) {
        out.put(rs.getString(1) + "@" + rs.getInt(2), rs.getString(3));
      }
    }
    return out;
  }

  @Test
  void fileNameUnlessTwoFoldersShareItAndLineWhenTheFileHoldsSeveral() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE documents (doc_id VARCHAR, file VARCHAR, line INTEGER)");
      st.execute("INSERT INTO documents VALUES ('k1', 'kremlin/kremlin_speeches_index/2016.json', 1),"
          + " ('k2', 'kremlin/kremlin_speeches_index/2016.json', 2), ('m5', 'kremlin/mid_ru_index/2016.json', 5),"
          + " ('k3', 'kremlin/kremlin_speeches_index/2017.json', 3), ('u', 'ungd/RUS_72_2017.txt', 1)");
      assertThat(keysByFileAndLine(c)).containsExactly(
          Map.entry("kremlin/kremlin_speeches_index/2016.json@1", "kremlin/kremlin_speeches_index/2016.json:1"),
          Map.entry("kremlin/kremlin_speeches_index/2016.json@2", "kremlin/kremlin_speeches_index/2016.json:2"),
          Map.entry("kremlin/kremlin_speeches_index/2017.json@3", "2017.json"),
          Map.entry("kremlin/mid_ru_index/2016.json@5", "kremlin/mid_ru_index/2016.json"),
          Map.entry("ungd/RUS_72_2017.txt@1", "RUS_72_2017.txt"));
    }
  }

  @Test
  void everyFlagshipDocumentHasItsOwnKeyAndSpeechesKeepTheGoldSetsFileNames() throws Exception {
    Path store = FlagshipStore.outputFolder().resolve("case.duckdb");
    Set<String> gold = new TreeSet<>();
    for (GoldLabel l : GoldFile.readLabels(FlagshipStore.CASE.resolve("gold/gold.tsv"))) {
      gold.add(l.file());
    }
    try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement()) {
      try (ResultSet rs = st.executeQuery(DocumentKeys.DOCS + "SELECT count(*), count(DISTINCT doc_file) FROM docs")) {
        rs.next();
        // 13,494 documents (44 speeches, 893 Kremlin and 12,557 MID titles); the file name alone gave 12,896 keys
        assertThat(List.of(rs.getLong(1), rs.getLong(2))).containsExactly(13_494L, 13_494L);
      }
      Set<String> keys = new TreeSet<>();
      try (ResultSet rs = st.executeQuery(DocumentKeys.DOCS + "SELECT doc_file FROM docs WHERE source = 'ungd'")) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
      // the flagship holds exactly the 44 speeches of the gold set, each keyed by its plain file name
      assertThat(gold).hasSize(44);
      assertThat(keys).isEqualTo(gold);
    }
  }
}
