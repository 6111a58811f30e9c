package org.dyadscope.collect.icews;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.Lines;
import org.dyadscope.collect.StreamReader;
import org.dyadscope.collect.TabFields;
import org.dyadscope.store.LoadSink;

/**
 * Reads ICEWS Coded Event Data {@code .tab} files (format id {@code icews-tab}), plain or zipped
 * as downloaded from Harvard Dataverse (doi:10.7910/DVN/28075): a header row, then one event per
 * line, tab-separated, no quoting; "" and "NA" are missing values.
 *
 * <p>Columns are bound by header name (see {@link IcewsColumns}); a missing required column is an
 * {@link IOException} naming the file and the column. Each zip member starts with its own header.
 *
 * <p>Mapping to {@code events}: event_id = Event ID; event_date = Event Date (yyyy-MM-dd, or
 * m/d/yyyy when the file uses it throughout, see {@link IcewsDates}); actor1_code and actor1_name =
 * Source Name, actor2 = Target Name; actor1/2_country = ISO-3 of Source/Target Country via
 * {@link Countries#iso3} (a name no table knows leaves the country null and the row loads: the
 * store counts it as unresolved); event_code = CAMEO Code with its leading zero (restored when a
 * spreadsheet dropped it, see {@link IcewsCameoCode}), event_base and event_root derived from it,
 * quad_class from the root ({@link CameoTable#quadClass}); goldstein = Intensity (ICEWS's
 * Goldstein-scaled intensity, -10..+10); date_added, num_mentions, avg_tone and source_url null;
 * schema_flag {@code icews-tab}.
 *
 * <p>A row is quarantined with its physical line number when it is not valid UTF-8, has a field
 * count other than the header's, lacks Event ID, Event Date or CAMEO Code, has an unparseable date
 * or Intensity, or a CAMEO code the table does not know. Empty lines are skipped, not counted.
 *
 * <p>The reader hands on every row that shares an Event ID with another: the store identifies an
 * ICEWS event by its Event ID across all files (family {@code icews-tab}) and keeps the first row of
 * an id; a later release of the same id (an annual file after the weekly ones) counts as a
 * duplicate, and one with another Event Date (ICEWS reissues some ids on other days) is also
 * recorded, with both dates, in {@code event_conflicts} (see {@code store.FileLoad}). A row that repeats an earlier row of the same file byte for byte is dropped through
 * {@link LoadSink#duplicate} and counted ({@code provenance.rows_duplicate}); the reader keeps a
 * 20-byte fingerprint per distinct row for this ({@link SeenRows}), its only memory that grows with
 * the file. A file whose dates are day-first slash dates or have 2-digit years is refused whole
 * with an {@link IOException} naming the line ({@link AmbiguousDates}).
 */
public final class IcewsTabReader implements StreamReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "icews-tab";

  private final CameoTable cameo;
  private final Countries countries;

  /**
   * @param cameo the CAMEO table codes are checked against
   * @param countries country names to ISO-3, usually {@link Countries#standard()} plus the case's
   *     name variants
   */
  public IcewsTabReader(CameoTable cameo, Countries countries) {
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public long read(InputStream stream, String name, String source, String fileLabel, LoadSink sink)
      throws IOException {
    IcewsRowParser parser = new IcewsRowParser(cameo, countries);
    IcewsDates dates = new IcewsDates();
    TabFields fields = new TabFields();
    IcewsColumns columns = null;
    SeenRows seen = new SeenRows();
    long rows = 0;
    try (Lines in = Lines.open(stream, name)) {
      while (in.next()) {
        if (in.firstOfMember()) {
          String where = in.member() == null ? name : name + "!" + in.member();
          if (in.text() == null) {
            throw new IOException(where + ": header row is not valid UTF-8 (" + in.error() + ")");
          }
          fields.split(in.buffer(), in.start(), in.length());
          columns = IcewsColumns.bind(fields, where);
          continue;
        }
        if (in.length() == 0) {
          continue;
        }
        rows++;
        long line = in.number();
        fields.split(in.buffer(), in.start(), in.length());
        if (!fields.ascii() && in.text() == null) {
          sink.quarantine(line, in.error(), in.raw());
          continue;
        }
        long first = seen.add(in.buffer(), in.start(), in.length(), line);
        if (first >= 0) {
          sink.duplicate(line, first, in.text());
          continue;
        }
        try {
          sink.event(parser.parse(fields, columns, dates, source, fileLabel, line));
        } catch (BadRow e) {
          sink.quarantine(line, e.getMessage(), in.text());
        } catch (AmbiguousDates e) {
          throw new IOException(name + ": " + e.getMessage(), e);
        }
      }
    }
    if (columns == null) {
      throw new IOException(name + ": empty file; expected an ICEWS header row (Event ID, Event Date, ...)");
    }
    return rows;
  }
}
