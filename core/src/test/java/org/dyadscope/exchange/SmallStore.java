package org.dyadscope.exchange;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.store.Store;

/**
 * A store of three documents coded by the built-in coder: a UN speech with securitizing and
 * desecuritizing sentences, a title with emoji (characters outside the Basic Multilingual Plane:
 * two UTF-16 units, one code point) and a text with CR LF line ends.
 */
public final class SmallStore {
  static final String SPEECH = "Terrorism is a grave threat to the security of our nation and we must act urgently. "
      + "We call for dialogue and a peaceful settlement of the dispute. The weather was fine.";
  static final String EMOJI = "🎄 Happy new year from Moscow! 🎉 The threat of terrorism from ISIL endangers our people. 🎥";
  static final String CRLF = "First line here.\r\nThe United States threatens the security of Iran with sanctions.\r\nEnd.";

  private SmallStore() {}

  public static Path create(Path dir) throws Exception {
    Path file = dir.resolve("case.duckdb");
    try (Store s = Store.open(file)) {
      try (PreparedStatement st = s.connection().prepareStatement("INSERT INTO documents (doc_id, source, speaker,"
          + " year, doc_date, title, text, chars, replacement_chars, file, line, text_key) VALUES (?, ?, ?, ?, ?::DATE,"
          + " ?, ?, ?, 0, ?, ?, ?)")) {
        add(st, "ungd:RUS_72_2017", "ungd", "RUS", 2017, null, "UN General Debate 2017: RUS", SPEECH,
            "ungd/RUS_72_2017.txt", 1);
        add(st, "mid:2016-10", "mid", "RUS", 2016, "2016-12-31", null, EMOJI, "kremlin/mid_ru_index/2016.json", 10);
        add(st, "docs:IRN_2019-05-01", "docs", "IRN", 2019, "2019-05-01", "A note", CRLF,
            "docs/IRN_2019-05-01.txt", 1);
      }
      new CorpusCoder(DocumentCoder.builtIn()).code(s, null, null);
    }
    return file;
  }

  private static void add(PreparedStatement st, String id, String source, String speaker, int year, String date,
      String title, String text, String file, int line) throws Exception {
    st.setString(1, id);
    st.setString(2, source);
    st.setString(3, speaker);
    st.setInt(4, year);
    st.setString(5, date);
    st.setString(6, title);
    st.setString(7, text);
    st.setInt(8, text.length());
    st.setString(9, file);
    st.setInt(10, line);
    st.setString(11, "key-" + id);
    st.executeUpdate();
  }
}
