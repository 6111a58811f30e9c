package org.dyadscope.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dyadscope.code.text.TextFold;

/**
 * When two document rows are one document, and how their metadata compare.
 *
 * <p><b>Identity.</b> A full text (a UN General Debate speech, a report) is one document whatever
 * its file name, source, metadata or date precision: its key is the SHA-256 of its {@linkplain
 * #normalise normalised} text. An entry of a title index ({@link DocumentRow#indexEntry}) is a
 * title, and the same title recurs for different events, so its key adds the date and the URL.
 *
 * <p><b>Metadata.</b> The copy's speaker, session, year, date and title are compared with the
 * stored document's ({@link #compare}): equal everywhere is {@link Relation#IDENTICAL}; a field
 * only one side gives, or a year against a full date of that year ({@code 2023} and {@code
 * 2023-09-23}), is {@link Relation#COMPATIBLE} and the stored document takes the more precise or
 * missing value; any other difference is a {@link Relation#CONFLICT}, reported and left as stored
 * (which side is right cannot be told from the texts). A title that is only the file name (what
 * the {@code documents} reader stores when nothing else gives one) counts as no title.
 */
public final class DocumentIdentity {
  private DocumentIdentity() {}

  /** How a copy's metadata relate to the stored document's. */
  public enum Relation {
    IDENTICAL, COMPATIBLE, CONFLICT;

    /** The value stored in {@code document_copies.relation}: the name in lower case. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The metadata compared between copies.
   *
   * @param docId the row's own id
   * @param file file label the row was read from
   * @param title the title, null when none is given or it is only the file name
   */
  public record Meta(String docId, String file, String speaker, Integer session, Integer year,
      LocalDate date, String title) {
    /** The metadata of {@code r}. */
    public static Meta of(DocumentRow r) {
      return new Meta(r.docId(), r.file(), r.speaker(), r.session(), r.year(), r.docDate(),
          ownTitle(r.docId(), r.title()));
    }
  }

  /**
   * {@code title}, or null when it is only the file name: the {@code documents} reader's fallback,
   * the part of {@code docId} after {@code <source>:}, which says nothing about the text.
   */
  static String ownTitle(String docId, String title) {
    return title == null || title.equals(docId.substring(docId.indexOf(':') + 1)) ? null : title;
  }

  /**
   * The outcome of comparing a copy with the stored document.
   *
   * @param differences each differing field as {@code field: stored | copy}, joined by {@code "; "}
   *     ({@code date: 2023 | 2023-09-23}); null when identical
   * @param merged the stored document's metadata after the copy filled in what it lacked (the same
   *     as stored on a conflict)
   */
  public record Comparison(Relation relation, String differences, Meta merged) {}

  /**
   * The text as identity sees it: byte-order marks dropped, Unicode NFC, folded as the coder folds
   * it before matching (lower case; typographic quotes, apostrophes and dashes to ASCII, see
   * {@link TextFold}), every run of whitespace one space, trimmed. Two texts equal after this are
   * coded alike sentence by sentence, so they are one text. Case is folded because a re-typed copy
   * (a title in capitals) is the same statement.
   */
  public static String normalise(String text) {
    String folded = TextFold.fold(TextFold.nfc(text.replace("\uFEFF", "")));
    return folded.replaceAll(" {2,}", " ").strip();
  }

  /** The identity key of {@code r}: hex SHA-256 of the normalised text (with date and URL for an index entry). */
  public static String key(DocumentRow r) {
    String k = normalise(r.text());
    if (r.indexEntry()) {
      k = r.docDate() + "\u0000" + Objects.toString(r.url(), "") + "\u0000" + k;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(k.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Compares a copy's metadata with the stored document's by the rules in the class comment. */
  public static Comparison compare(Meta stored, Meta copy) {
    List<String> diffs = new ArrayList<>();
    boolean conflict = false;
    conflict |= field("speaker", stored.speaker(), copy.speaker(), diffs);
    conflict |= field("session", stored.session(), copy.session(), diffs);
    conflict |= field("year", stored.year(), copy.year(), diffs);
    conflict |= date(stored, copy, diffs);
    String st = stored.title() == null ? null : normalise(stored.title());
    String ct = copy.title() == null ? null : normalise(copy.title());
    if (!Objects.equals(st, ct)) {
      diffs.add("title: " + shown(stored.title()) + " | " + shown(copy.title()));
      conflict |= st != null && ct != null;
    }
    if (diffs.isEmpty()) {
      return new Comparison(Relation.IDENTICAL, null, stored);
    }
    String text = String.join("; ", diffs);
    if (conflict) {
      return new Comparison(Relation.CONFLICT, text, stored);
    }
    Meta merged = new Meta(stored.docId(), stored.file(), or(stored.speaker(), copy.speaker()),
        or(stored.session(), copy.session()), or(stored.year(), copy.year()),
        or(stored.date(), copy.date()), or(stored.title(), copy.title()));
    return new Comparison(Relation.COMPATIBLE, text, merged);
  }

  /** Adds a differing field; true when both sides give it (a conflict, not a gap filled). */
  private static boolean field(String name, Object stored, Object copy, List<String> diffs) {
    if (Objects.equals(stored, copy)) {
      return false;
    }
    diffs.add(name + ": " + shown(stored) + " | " + shown(copy));
    return stored != null && copy != null;
  }

  /**
   * Compares the dates, a side without a full date shown by its year; true on a conflict: two
   * different full dates, or a full date outside the other side's year.
   */
  private static boolean date(Meta stored, Meta copy, List<String> diffs) {
    LocalDate a = stored.date();
    LocalDate b = copy.date();
    if (Objects.equals(a, b)) {
      return false;
    }
    diffs.add("date: " + shown(a != null ? a : stored.year()) + " | " + shown(b != null ? b : copy.year()));
    if (a != null && b != null) {
      return true;
    }
    LocalDate full = a != null ? a : b;
    Integer otherYear = a != null ? copy.year() : stored.year();
    return otherYear != null && otherYear != full.getYear();
  }

  private static String shown(Object v) {
    return v == null ? "(none)" : v.toString();
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }
}
