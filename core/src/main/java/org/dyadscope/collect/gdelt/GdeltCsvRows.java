package org.dyadscope.collect.gdelt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * GDELT 1.0 events re-written as a delimited table with a header row, as R's {@code write.csv}
 * writes them ({@code gdelt/v1_reformatted/nov2012.csv}): the delimiter recognised from the header
 * ({@code FormatSniffer#delimitedHeader}), strings quoted, {@code NA} (unquoted) for a missing value,
 * columns bound by their GDELT 1.0 name ({@link GdeltLayout#V1_COLUMNS}) in whatever order, columns
 * of other names (an R row-name column) ignored. Each line is turned back into the published
 * tab-separated layout (57 fields without a SOURCEURL column, 58 with it), so that it passes the
 * very row checks of the tab-separated exports ({@link GdeltRowParser}) and keeps GLOBALEVENTID as
 * its identity. One instance per file; not thread-safe.
 */
final class GdeltCsvRows {
  private final CSVFormat format;
  /** Position in the CSV record of each column of the layout, in layout order. */
  private final int[] positions;
  private final int headerFields;

  /** Why a line cannot be turned into a row; its message is the quarantine reason. */
  static final class BadLine extends Exception {
    BadLine(String reason) {
      super(reason);
    }
  }

  /**
   * @param header the header row (BOM removed)
   * @param delimiter the delimiter the header row was recognised with
   * @throws IllegalArgumentException naming the GDELT 1.0 columns the header lacks
   */
  GdeltCsvRows(String header, char delimiter) {
    // R quotes every string and writes NA bare: a quoted "NA" (FIPS NA, Netherlands Antilles) stays a value
    format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setNullString("NA")
        .setQuoteMode(QuoteMode.NON_NUMERIC).get();
    List<String> names = record(header).toList();
    headerFields = names.size();
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      at.putIfAbsent(names.get(i) == null ? "" : names.get(i).strip(), i);
    }
    List<String> layout = at.containsKey("SOURCEURL") ? GdeltLayout.V1_COLUMNS
        : GdeltLayout.V1_COLUMNS.subList(0, GdeltLayout.GDELT57.fields);
    List<String> missing = new ArrayList<>();
    positions = new int[layout.size()];
    for (int i = 0; i < layout.size(); i++) {
      Integer p = at.get(layout.get(i));
      if (p == null) {
        missing.add(layout.get(i));
      } else {
        positions[i] = p;
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the header row lacks the GDELT 1.0 column" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing) + "; name the columns as the GDELT 1.0 codebook does");
    }
  }

  /**
   * The line as a tab-separated GDELT export row, missing values empty.
   *
   * @throws BadLine when its quoting is broken, its field count is not the header's or a value holds a tab
   */
  String toTabRow(String line) throws BadLine {
    CSVRecord r;
    try {
      r = record(line);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new BadLine("unbalanced quotes (a quoted value must end on its line)");
    }
    if (r.size() != headerFields) {
      throw new BadLine(r.size() + " fields, the header row has " + headerFields);
    }
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < positions.length; i++) {
      String v = r.get(positions[i]);
      if (v != null && v.indexOf('\t') >= 0) {
        throw new BadLine("column " + GdeltLayout.V1_COLUMNS.get(i) + " holds a tab");
      }
      if (i > 0) {
        sb.append('\t');
      }
      if (v != null) {
        sb.append(v);
      }
    }
    return sb.toString();
  }

  private CSVRecord record(String line) {
    try (CSVParser p = CSVParser.parse(line, format)) {
      List<CSVRecord> rs = p.getRecords();
      if (rs.size() != 1) {
        throw new IllegalArgumentException("not one record");
      }
      return rs.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
