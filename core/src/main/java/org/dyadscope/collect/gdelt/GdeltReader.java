package org.dyadscope.collect.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.FormatSniffer;
import org.dyadscope.collect.Lines;
import org.dyadscope.collect.StreamReader;
import org.dyadscope.collect.TabFields;
import org.dyadscope.store.LoadSink;

/**
 * Reads GDELT event exports (format id {@code gdelt}): GDELT 1.0 historical backfiles (57 fields),
 * 1.0 daily files (58) and 2.0 15-minute files (61), plain or zipped as published
 * ({@code 20191024143000.export.CSV.zip}), tab-separated, no header, no quoting; and GDELT 1.0
 * events re-written by R ({@code write.csv}: a header row, commas, quoted strings, {@code NA}),
 * recognised by their header row, whatever its delimiter, and read through {@link GdeltCsvRows}
 * into the same rows with the same checks.
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
 * <p>{@code action_country} is ActionGeo_CountryCode, a FIPS 10-4 code, mapped to ISO-3 through
 * {@link FipsCountries} (issue 3, trap 7: FIPS {@code GM} is Germany, {@code RS} Russia; a raw
 * FIPS code is never stored); blank gives null, and a code the crosswalk maps to no ISO-3 gives
 * null and is counted. Actor1Code and Actor2Code are split into 3-letter tokens by
 * {@link ActorCode} (trap 6); rows with a token that is no known country, region, GDELT CAMEO type
 * or code of CAMEO's coding dictionaries are counted, the tokens by frequency. Both counts go to
 * {@link LoadSink#codeReport} after the last row: the rows with unknown actor tokens are stored in
 * {@code provenance.rows_unknown_actor_tokens}, and both are named in the run log; the codes
 * themselves load as published.
 *
 * <p>Source: GDELT 1.0 Event Database codebook v1.03 and GDELT 2.0 Event codebook (gdeltproject.org).
 */
public final class GdeltReader implements StreamReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "gdelt";

  private final CameoTable cameo;
  private final ActorCode actors;
  private final FipsCountries fips = FipsCountries.standard();

  /**
   * @param cameo the CAMEO table event codes are checked against, usually
   *     {@code CameoTable.load(CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt)}
   * @param actors the actor code splitter, usually
   *     {@code ActorCode.load(CAMEO.type.txt, petrarch2/dictionaries, Countries.standard())}
   */
  public GdeltReader(CameoTable cameo, ActorCode actors) {
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public long read(InputStream stream, String name, String source, String fileLabel, LoadSink sink)
      throws IOException {
    GdeltCodeAudit audit = new GdeltCodeAudit(actors, fips);
    GdeltRowParser parser = new GdeltRowParser(cameo, audit, sink);
    TabFields fields = new TabFields();
    GdeltCsvRows csv = null;
    long rows = 0;
    try (Lines in = Lines.open(stream, name)) {
      while (in.next()) {
        if (in.length() == 0) {
          continue;
        }
        long line = in.number();
        if (in.firstOfMember() && in.text() != null) {
          char delimiter = FormatSniffer.delimitedHeader(in.text(), FormatSniffer.GDELT_ID_COLUMN);
          if (delimiter != 0) {
            try {
              csv = new GdeltCsvRows(in.text().replace("\uFEFF", ""), delimiter);
            } catch (IllegalArgumentException e) {
              throw new IOException(fileLabel + ":" + line + ": " + e.getMessage(), e);
            }
            continue; // a header row is no data row
          }
        }
        rows++;
        if (csv == null) {
          // split the raw bytes; only a non-ASCII line needs a full UTF-8 check
          int count = fields.split(in.buffer(), in.start(), in.length());
          if (!fields.ascii() && in.text() == null) {
            sink.quarantine(line, in.error(), in.raw());
            continue;
          }
          row(fields, count, parser, source, fileLabel, in, sink);
        } else if (in.text() == null) {
          sink.quarantine(line, in.error(), in.raw());
        } else {
          try {
            row(fields, fields.split(csv.toTabRow(in.text())), parser, source, fileLabel, in, sink);
          } catch (GdeltCsvRows.BadLine e) {
            sink.quarantine(line, e.getMessage(), in.text());
          }
        }
      }
    }
    sink.codeReport(audit.report());
    return rows;
  }

  /** One split row in the layout of its field count: an event, or a quarantined line saying why not. */
  private static void row(TabFields fields, int count, GdeltRowParser parser, String source, String fileLabel,
      Lines in, LoadSink sink) {
    long line = in.number();
    GdeltLayout layout = GdeltLayout.forFieldCount(count);
    if (layout == null) {
      sink.quarantine(line, count + " fields, expected 57, 58 or 61", in.text());
      return;
    }
    try {
      sink.event(parser.parse(fields, layout, source, fileLabel, line));
    } catch (BadRow e) {
      sink.quarantine(line, e.getMessage(), in.text()); // decoded only for a rejected line
    }
  }
}
