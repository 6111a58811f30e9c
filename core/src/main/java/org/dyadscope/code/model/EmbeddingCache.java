package org.dyadscope.code.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyadscope.code.text.TextFold;
import org.dyadscope.review.Hashes;

/**
 * Sentence embeddings kept in the store's {@code embeddings} table, keyed by the SHA-256 of the
 * sentence's NFC text and the encoder's version ({@link SentenceEncoder#version}): a sentence is
 * embedded once per encoder version, whatever document or run it comes from. Not thread-safe.
 */
public final class EmbeddingCache {
  private final DuckDBConnection connection;
  private final SentenceEncoder encoder;
  private Map<String, float[]> known;
  private long embedded;

  /** A cache over the {@code embeddings} table of the store that {@code connection} opens. */
  public EmbeddingCache(Connection connection, SentenceEncoder encoder) throws SQLException {
    this.connection = connection.unwrap(DuckDBConnection.class);
    this.encoder = encoder;
  }

  /** The encoder's version, the cache's key beside the text. */
  public String version() {
    return encoder.version();
  }

  /**
   * The embeddings of {@code texts}, in order: read from the store, the others embedded at once
   * (each distinct text once) and stored.
   *
   * @return one unit-length vector of {@link SentenceEncoder#DIMENSION} floats per text
   * @throws SQLException when the store cannot be read or written
   */
  public List<float[]> vectors(List<String> texts) throws SQLException {
    if (known == null) {
      known = load();
    }
    Map<String, String> missing = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(texts.size());
    for (String t : texts) {
      String key = key(t);
      keys.add(key);
      if (!known.containsKey(key)) {
        missing.putIfAbsent(key, TextFold.nfc(t));
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = encoder.embed(new ArrayList<>(missing.values()));
      try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "embeddings")) {
        int i = 0;
        for (String key : missing.keySet()) {
          float[] v = fresh.get(i++);
          a.beginRow();
          a.append(key);
          a.append(encoder.version());
          a.append(v);
          a.endRow();
          known.put(key, v);
        }
      }
      embedded += missing.size();
    }
    List<float[]> out = new ArrayList<>(keys.size());
    for (String k : keys) {
      out.add(known.get(k));
    }
    return out;
  }

  /** Sentences this cache has embedded (not found in the store) since it was made. */
  public long embedded() {
    return embedded;
  }

  /** The key of a sentence: SHA-256 (hex) of its NFC text's UTF-8 bytes. */
  public static String key(String text) {
    return Hashes.sha256(TextFold.nfc(text));
  }

  /**
   * Copies into the store of {@code connection} the embeddings of {@code earlier} (another store
   * file, e.g. the last run's) that it lacks, so a new store built beside the old one embeds nothing
   * the old one held. Nothing when {@code earlier} does not exist or has no {@code embeddings} table.
   *
   * @return rows copied
   * @throws SQLException when a store cannot be read or written
   */
  public static long carryOver(Connection connection, Path earlier) throws SQLException {
    if (!Files.isRegularFile(earlier)) {
      return 0;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("ATTACH '" + earlier.toAbsolutePath().toString().replace("'", "''") + "' AS earlier_store (READ_ONLY)");
      try {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables()"
            + " WHERE database_name = 'earlier_store' AND table_name = 'embeddings'")) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return 0;
          }
        }
        return st.executeUpdate("INSERT INTO embeddings SELECT e.* FROM earlier_store.embeddings e"
            + " ANTI JOIN embeddings m ON m.text_sha256 = e.text_sha256 AND m.model = e.model");
      } finally {
        st.execute("DETACH earlier_store");
      }
    }
  }

  private Map<String, float[]> load() throws SQLException {
    Map<String, float[]> m = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT text_sha256, vector FROM embeddings WHERE model = ?")) {
      ps.setString(1, encoder.version());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Array a = rs.getArray(2);
          Object[] values = (Object[]) a.getArray();
          float[] v = new float[values.length];
          for (int i = 0; i < v.length; i++) {
            v[i] = ((Number) values[i]).floatValue();
          }
          m.put(rs.getString(1), v);
        }
      }
    }
    return m;
  }
}
