package org.dyadscope.collect.documents;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.LoadSink;

/**
 * Reads a JSON title index of official texts (format {@code kremlin-index}): the yearly files of
 * en.kremlin.ru presidential speeches and of the Russian MFA (mid.ru/en) in {@code
 * kremlin/kremlin_speeches_index/YYYY.json} and {@code kremlin/mid_ru_index/YYYY.json}
 * (lobsterbush/kremlin-speeches). Each file is a JSON array of entries {@code {"t": title, "d":
 * "YYYY-MM-DD", "u": url (Kremlin only), "s": the first 60 characters of the page, "cat":
 * category}}; the full texts are not included.
 *
 * <p>Each entry becomes one short document: its text is the title, then whatever the snippet adds
 * after it (the leading "Events"/"News" line and a repeat of the title dropped; the last, cut-off
 * word dropped). Some MID titles end with the page's URL, cut off with the title at 120 characters
 * ("... http://www.mid.ru/en/foreign_pol", "... htt"), and reposted tweets hold t.co links: URLs
 * and such fragments are dropped from the text, not stored as the URL, since they no longer lead
 * to the page. The
 * speaker is the source's {@code speaker} option, which is required. {@code doc_id} is {@code
 * <source>:<file name without extension>-<entry number>}; {@code line} is the 1-based entry
 * number. The array is streamed, one entry at a time. Entries are {@linkplain
 * DocumentRow#indexEntry index entries}: the store keeps one of several with the same text, date
 * and URL, but the same title on another day is another document.
 *
 * <p>Half an emoji left by the 120-character cut becomes U+FFFD and is counted in {@code
 * replacement_chars}.
 *
 * <p>An entry without a title or with a date that is not {@code YYYY-MM-DD} is quarantined with
 * its JSON. A file that is not a JSON array is an {@link IOException} (nothing of it is loaded).
 */
public final class TitleIndexReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "kremlin-index";

  /** A URL anywhere ("https://t.co/..." in tweets), or a cut-off start of one at the end ("htt"). */
  private static final Pattern URLS = Pattern.compile("\\s*https?:\\S*|\\s+(?:https?|htt|ht)\\W*$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String speaker;
  private final String licence;

  /**
   * @param speaker the speaking state of every entry (ISO-3), e.g. {@code RUS}
   * @param licence licence of the indexed texts (en.kremlin.ru: {@code CC BY 4.0}), or null when
   *     not stated
   */
  public TitleIndexReader(String speaker, String licence) {
    this.speaker = speaker;
    this.licence = licence;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    long n = 0;
    try (JsonParser p = new JsonFactory(JSON).createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException(fileLabel + ": expected a JSON array of index entries, found "
            + p.currentToken());
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == null) {
          throw new IOException(fileLabel + ": JSON array not closed (truncated file?)");
        }
        n++;
        JsonNode e = JSON.readTree(p);
        entry(e, n, source, stem, fileLabel, sink);
      }
    } catch (JsonProcessingException e) {
      throw new IOException(fileLabel + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", e);
    }
    return n;
  }

  private void entry(JsonNode e, long n, String source, String stem, String fileLabel, LoadSink sink) {
    if (e == null || !e.isObject()) {
      sink.quarantine(n, "entry " + n + " is not a JSON object", String.valueOf(e));
      return;
    }
    String rawTitle = text(e, "t");
    if (rawTitle == null) {
      sink.quarantine(n, "entry " + n + " has no title (\"t\")", e.toString());
      return;
    }
    String d = text(e, "d");
    LocalDate date;
    try {
      date = d == null ? null : LocalDate.parse(d);
    } catch (DateTimeParseException ex) {
      date = null;
    }
    if (date == null) {
      sink.quarantine(n, "entry " + n + ": date \"d\" is '" + d + "', expected YYYY-MM-DD", e.toString());
      return;
    }
    String url = text(e, "u");
    String title = stripUrls(clean(rawTitle));
    if (title.isBlank()) {
      sink.quarantine(n, "entry " + n + ": the title (\"t\") is only links or markup, no text to code",
          e.toString());
      return;
    }
    String body = title + snippetRest(text(e, "s"), title);
    int replacements = ExtractedText.countReplacements(body);
    sink.document(new DocumentRow(source + ":" + stem + "-" + n, source, speaker, null, date.getYear(),
        date, title, url, body, replacements, fileLabel, n, licence, true));
  }

  /** What the snippet adds after the title: "" or "\n" + the rest, without the cut-off last word. */
  static String snippetRest(String snippet, String title) {
    if (snippet == null) {
      return "";
    }
    String[] lines = clean(snippet).split("\n");
    StringBuilder rest = new StringBuilder();
    String t = fold(title);
    for (int i = 0; i < lines.length; i++) {
      String line = stripUrls(lines[i]);
      String f = fold(line);
      if (line.isEmpty() || (i == 0 && (f.equals("events") || f.equals("news")))) {
        continue;
      }
      if (rest.length() == 0 && (t.startsWith(f) || f.startsWith(t))) {
        continue; // the title again (perhaps cut off)
      }
      rest.append(rest.length() == 0 ? "" : " ").append(line);
    }
    if (rest.length() == 0) {
      return "";
    }
    int cut = rest.lastIndexOf(" ");
    String kept = cut > 0 ? rest.substring(0, cut) : "";
    return kept.isBlank() ? "" : "\n" + kept.strip();
  }

  private static String stripUrls(String s) {
    return URLS.matcher(s).replaceAll("").strip();
  }

  private static String clean(String s) {
    return Normalizer.normalize(ExtractedText.replaceLoneSurrogates(s.replace('\u00A0', ' ')),
        Normalizer.Form.NFC).strip();
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static String text(JsonNode e, String key) {
    JsonNode v = e.get(key);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
