package org.dyadscope.collect.gdelt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.LoadSink;
import org.dyadscope.collect.Lines;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.collect.TabFields;

/**
 * Reads GDELT event exports (format id {@code gdelt}): GDELT 1.0 historical backfiles (57 fields),
 * 1.0 daily files (58) and 2.0 15-minute files (61), plain or zipped as published
 * ({@code 20191024143000.export.CSV.zip}), tab-separated, no header, no quoting.
 *
 * <p>The layout is chosen per row by its field count (see {@link GdeltLayout}), so a file mixing
 * layouts loads. Each row becomes one {@code events} row with {@code schema_flag} gdelt57, gdelt58
 * or gdelt61; {@code source_url} is null for gdelt57. Rows are quarantined, with their 1-based
 * physical line number, when: the line is not valid UTF-8; the field count is not 57, 58 or 61 (a
 * cut or merged line); GLOBALEVENTID is empty; EventCode is not in the CAMEO table;
 * SQLDATE is not a yyyyMMdd date; DATEADDED is neither yyyyMMdd nor yyyyMMddHHmmss; or QuadClass,
 * GoldsteinScale, NumMentions or AvgTone is not a number. Empty lines are skipped, not counted.
 * An EventCode that is blank or {@code ---} is GDELT's "no code": the row loads with event code,
 * base, root, QuadClass and Goldstein all null (never 0, never a default code). A blank Goldstein
 * is null too, and is left out of means (the series count such rows in
 * {@code events_no_goldstein}).
 *
 * <p>Source: GDELT 1.0 Event Database codebook v1.03 and GDELT 2.0 Event codebook (gdeltproject.org).
 */
public final class GdeltReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "gdelt";

  private final CameoTable cameo;

  /**
   * @param cameo the CAMEO table event codes are checked against, usually
   *     {@code CameoTable.load(CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt)}
   */
  public GdeltReader(CameoTable cameo) {
    this.cameo = Objects.requireNonNull(cameo, "cameo");
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    GdeltRowParser parser = new GdeltRowParser(cameo);
    TabFields fields = new TabFields();
    long rows = 0;
    try (Lines in = Lines.open(file)) {
      while (in.next()) {
        if (in.length() == 0) {
          continue;
        }
        rows++;
        long line = in.number();
        // split the raw bytes; only a non-ASCII line needs a full UTF-8 check
        int count = fields.split(in.buffer(), in.start(), in.length());
        if (!fields.ascii() && in.text() == null) {
          sink.quarantine(line, in.error(), in.raw());
          continue;
        }
        GdeltLayout layout = GdeltLayout.forFieldCount(count);
        if (layout == null) {
          sink.quarantine(line, count + " fields, expected 57, 58 or 61", in.text());
          continue;
        }
        try {
          sink.event(parser.parse(fields, layout, source, fileLabel, line));
        } catch (BadRow e) {
          sink.quarantine(line, e.getMessage(), in.text());
        }
      }
    }
    return rows;
  }
}
