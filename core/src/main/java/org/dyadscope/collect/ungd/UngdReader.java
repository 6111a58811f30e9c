package org.dyadscope.collect.ungd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.LoadSink;

/**
 * Reads one UN General Debate speech file of the UN General Debate Corpus (UNGDC; Jankin, Baturo &amp;
 * Dasandi, "Words to unite nations", J. Peace Research; Baturo, Dasandi &amp; Mikhaylov 2017,
 * Research &amp; Politics) into one {@link DocumentRow}.
 *
 * <p>The file is one row: rows read is always 1. Its name gives speaker, session and year (see
 * {@link UngdFileName}); its bytes are decoded by {@link SpeechText} (UTF-8, BOM dropped,
 * Windows-1252 fallback, NFC). The whole speech is held in memory, as it becomes one text value
 * (UNGDC speeches are tens of kB). {@code doc_date} is left null: the corpus does not record the
 * day a speech was given. A file is quarantined (line 1) when its name does not follow
 * {@code ISO3_session_year.txt} or when it holds no text.
 */
public final class UngdReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "ungd";

  private final String licence;

  /** @param licence licence of the corpus (UNGDC: {@code CC0 1.0}), or null when not stated */
  public UngdReader(String licence) {
    this.licence = licence;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    String name = file.getFileName().toString();
    Optional<UngdFileName> parsed = UngdFileName.parse(name);
    if (parsed.isEmpty()) {
      sink.quarantine(1, "file name '" + name + "' does not follow the UNGDC pattern "
          + UngdFileName.PATTERN_TEXT + " (with year = session + 1945)", name);
      return 1;
    }
    SpeechText speech = SpeechText.decode(Files.readAllBytes(file));
    if (speech.text().isBlank()) {
      sink.quarantine(1, "speech file " + name + " holds no text (expected one speech in "
          + UngdFileName.PATTERN_TEXT + ")", speech.text());
      return 1;
    }
    UngdFileName n = parsed.get();
    sink.document(new DocumentRow(n.docId(), source, n.speaker(), n.session(), n.year(), null,
        n.title(), null, speech.text(), speech.replacementChars(), fileLabel, 1, licence));
    return 1;
  }
}
