package org.dyadscope.collect.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's metadata, in order of precedence:
 *
 * <ol>
 *   <li>a <b>sidecar</b> next to it, named after the whole file name plus {@code .meta.json}
 *       ({@code speech.html.meta.json}): a JSON object with any of {@code speaker} (ISO-3),
 *       {@code date} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), {@code title},
 *       {@code url}, {@code licence} (or {@code license}), {@code session};
 *   <li>the <b>file name</b>: {@code ISO3_session_year.ext} (the UN General Debate Corpus naming,
 *       {@code RUS_70_2015.txt}), {@code ISO3_YYYY-MM-DD[_anything].ext} or {@code
 *       ISO3_YYYY[_anything].ext};
 *   <li>the source's default speaker (case file option {@code speaker}).
 * </ol>
 */
public final class DocumentMetaResolver {
  /** Suffix of sidecar files; such files are metadata, never documents. */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  private static final Pattern SESSION_YEAR = Pattern.compile("([A-Z]{3})_(\\d{1,3})_(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("([A-Z]{3})_(\\d{4}-\\d{2}-\\d{2})(?:_.*)?");
  private static final Pattern YEAR = Pattern.compile("([A-Z]{3})_(\\d{4})(?:_.*)?");
  private static final Set<String> KEYS =
      Set.of("speaker", "date", "title", "url", "licence", "license", "session");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String defaultSpeaker;

  /** @param defaultSpeaker speaker of documents that neither sidecar nor name assign, or null */
  public DocumentMetaResolver(String defaultSpeaker) {
    this.defaultSpeaker = defaultSpeaker;
  }

  /**
   * @throws BadSidecarException when a sidecar exists but is not a JSON object of the keys above
   *     with valid values
   * @throws IOException when a sidecar exists but cannot be read
   */
  public DocumentMeta resolve(Path file) throws IOException, BadSidecarException {
    Path sidecar = file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
    DocumentMeta fromSidecar = Files.isRegularFile(sidecar) ? readSidecar(sidecar) : DocumentMeta.NONE;
    return fromSidecar.orElse(fromName(file.getFileName().toString()))
        .orElse(new DocumentMeta(defaultSpeaker, null, null, null, null, null, null));
  }

  /** Metadata from a file name by the patterns above; {@link DocumentMeta#NONE} when none fits. */
  public static DocumentMeta fromName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    Matcher m = SESSION_YEAR.matcher(stem);
    if (m.matches()) {
      return new DocumentMeta(m.group(1), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)), null,
          null, null, null);
    }
    m = ISO_DATE.matcher(stem);
    if (m.matches()) {
      try {
        LocalDate d = LocalDate.parse(m.group(2));
        return new DocumentMeta(m.group(1), null, d.getYear(), d, null, null, null);
      } catch (DateTimeParseException e) {
        return DocumentMeta.NONE; // "RUS_2015-13-40": not a date, so not this pattern
      }
    }
    m = YEAR.matcher(stem);
    if (m.matches()) {
      return new DocumentMeta(m.group(1), null, Integer.valueOf(m.group(2)), null, null, null, null);
    }
    return DocumentMeta.NONE;
  }

  private static DocumentMeta readSidecar(Path sidecar) throws IOException, BadSidecarException {
    JsonNode n;
    try {
      n = JSON.readTree(sidecar.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadSidecarException(sidecar.getFileName() + " is not valid JSON (line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")");
    }
    if (n == null || !n.isObject()) {
      throw new BadSidecarException(sidecar.getFileName() + " must hold one JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw new BadSidecarException(sidecar.getFileName() + ": unknown key '" + k + "'; use " + KEYS);
      }
    }
    String speaker = text(n, "speaker");
    if (speaker != null) {
      speaker = speaker.toUpperCase(Locale.ROOT);
      if (!speaker.matches("[A-Z]{3}")) {
        throw new BadSidecarException(sidecar.getFileName() + ": speaker '" + speaker
            + "' is not an ISO-3166 alpha-3 code (e.g. RUS)");
      }
    }
    Integer year = null;
    LocalDate date = null;
    String d = text(n, "date");
    if (d != null) {
      try {
        if (d.matches("\\d{4}")) {
          year = Integer.valueOf(d);
        } else if (d.matches("\\d{4}-\\d{2}")) {
          year = Integer.valueOf(d.substring(0, 4));
        } else {
          date = LocalDate.parse(d);
          year = date.getYear();
        }
      } catch (DateTimeParseException e) {
        throw new BadSidecarException(sidecar.getFileName() + ": date '" + d
            + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
      }
    }
    Integer session = null;
    String s = text(n, "session");
    if (s != null) {
      try {
        session = Integer.valueOf(s);
      } catch (NumberFormatException e) {
        throw new BadSidecarException(sidecar.getFileName() + ": session '" + s + "' is not a number");
      }
    }
    String licence = text(n, "licence");
    return new DocumentMeta(speaker, session, year, date, text(n, "title"), text(n, "url"),
        licence != null ? licence : text(n, "license"));
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  /** A sidecar that exists but says something wrong; the message names it and what is wrong. */
  public static final class BadSidecarException extends Exception {
    public BadSidecarException(String message) {
      super(message);
    }
  }
}
