package org.dyadscope.collect.sipri;


import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.Lines;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.LoadSink;
import static org.dyadscope.collect.sipri.SipriHeader.CATEGORY;
import static org.dyadscope.collect.sipri.SipriHeader.DELIVERED;
import static org.dyadscope.collect.sipri.SipriHeader.DELIVERED_ESTIMATE;
import static org.dyadscope.collect.sipri.SipriHeader.DELIVERY_YEAR;
import static org.dyadscope.collect.sipri.SipriHeader.DELIVERY_YEAR_ESTIMATE;
import static org.dyadscope.collect.sipri.SipriHeader.DESCRIPTION;
import static org.dyadscope.collect.sipri.SipriHeader.DESIGNATION;
import static org.dyadscope.collect.sipri.SipriHeader.ID;
import static org.dyadscope.collect.sipri.SipriHeader.ORDER_YEAR;
import static org.dyadscope.collect.sipri.SipriHeader.ORDER_YEAR_ESTIMATE;
import static org.dyadscope.collect.sipri.SipriHeader.RECIPIENT;
import static org.dyadscope.collect.sipri.SipriHeader.STATUS;
import static org.dyadscope.collect.sipri.SipriHeader.SUPPLIER;
import static org.dyadscope.collect.sipri.SipriHeader.TIV_DELIVERED;
import static org.dyadscope.collect.sipri.SipriHeader.TIV_UNIT;

/**
 * Reads a SIPRI Arms Transfers Database trade register exported as CSV
 * (sipri.org/databases/armstransfers, "Trade register"; method: SIPRI, "Sources and methods").
 *
 * <p>Layout: a preamble (title, notes on '?' and TIV, source, generation date; 11 lines in the
 * Feb 2026 export), a header line, then one line per deal and delivery year. Lines end with
 * {@code ;} (CRLF); fields are comma-separated and bound by header name (see {@link SipriHeader}).
 * The preamble is found by looking for the header, not by counting, and is not counted as data.
 * Each data line becomes one {@link ArmsTransferRow}: the deliveries of one deal in one year, TIV
 * in millions. Supplier and recipient names are mapped to ISO-3 with {@link Countries}; names that
 * are not states (rebel groups marked {@code *}, organisations marked {@code **}, "unknown
 * supplier(s)") are kept as SIPRI writes them, and the SIPRI name is always stored too.
 *
 * <p>A line is quarantined, with its physical line number, when its field count differs from the
 * header's, a quote is not closed, supplier or recipient is empty, or a number or Yes/No flag does
 * not parse, or it is not valid UTF-8 (the rest of the file loads). Blank lines are skipped and not
 * counted. The file may be zipped (read through {@link Lines}: strict UTF-8 per line, BOM and CR
 * dropped).
 */
public final class SipriReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "sipri";

  /** The header must appear within this many lines (the preamble is about a dozen). */
  static final int MAX_PREAMBLE_LINES = 100;

  private final Countries countries;
  /** Resolved names: a register has a few hundred distinct names over tens of thousands of lines. */
  private final Map<String, String> resolved = new ConcurrentHashMap<>();

  /** @param countries maps SIPRI country names (e.g. "Turkiye", "Viet Nam") to ISO-3 */
  public SipriReader(Countries countries) {
    this.countries = countries;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException also when no header line (with Supplier, Recipient and TIV delivery values)
   *     appears in the first {@value #MAX_PREAMBLE_LINES} lines, or the header lacks a column this
   *     reader needs
   */
  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    try (Lines in = Lines.open(file)) {
      SipriHeader header = null;
      while (header == null && in.next()) {
        if (in.number() > MAX_PREAMBLE_LINES) {
          break;
        }
        // a preamble line that is not UTF-8 cannot be the header; the header is looked for, not counted
        String line = in.text();
        header = line == null ? null : SipriHeader.recognise(line).orElse(null);
      }
      if (header == null) {
        throw new IOException(file + ": no SIPRI trade-register header (a line naming Supplier, "
            + "Recipient and TIV delivery values) in the first " + MAX_PREAMBLE_LINES + " lines; "
            + "export the trade register from SIPRI as CSV");
      }
      List<String> missing = header.missing();
      if (!missing.isEmpty()) {
        throw new IOException(file + ":" + in.number() + ": SIPRI header lacks " + missing);
      }
      long rows = 0;
      while (in.next()) {
        String line = in.text();
        if (line != null && isBlank(line)) {
          continue;
        }
        rows++;
        if (line == null) {
          sink.quarantine(in.number(), in.error() + "; save the register as UTF-8", in.raw());
          continue;
        }
        try {
          sink.armsTransfer(row(header, line, fileLabel, in.number()));
        } catch (SipriRowException e) {
          sink.quarantine(in.number(), e.getMessage(), line);
        }
      }
      return rows;
    }
  }

  private static boolean isBlank(String line) {
    String s = line.strip();
    return s.isEmpty() || s.equals(";");
  }

  private ArmsTransferRow row(SipriHeader header, String line, String fileLabel, long lineNo)
      throws SipriRowException {
    List<String> values = SipriLineSplitter.split(line);
    if (values.size() != header.width()) {
      throw new SipriRowException(values.size() + " fields, expected " + header.width()
          + " as in the header (an unquoted comma in a designation or description?)");
    }
    SipriFields f = new SipriFields(header, values);
    String supplierName = required(f, SUPPLIER);
    String recipientName = required(f, RECIPIENT);
    String id = f.text(ID);
    String designation = f.text(DESIGNATION);
    String description = f.text(DESCRIPTION);
    String category = f.text(CATEGORY);
    Integer orderYear = f.integer(ORDER_YEAR);
    Boolean orderYearEstimate = f.flag(ORDER_YEAR_ESTIMATE);
    Integer delivered = f.integer(DELIVERED);
    Boolean deliveredEstimate = f.flag(DELIVERED_ESTIMATE);
    Integer deliveryYear = f.integer(DELIVERY_YEAR);
    Boolean deliveryYearEstimate = f.flag(DELIVERY_YEAR_ESTIMATE);
    String status = f.text(STATUS);
    Double tivUnit = f.decimal(TIV_UNIT);
    Double tivDelivered = f.decimal(TIV_DELIVERED);
    return new ArmsTransferRow(id, iso3OrName(supplierName), iso3OrName(recipientName),
        supplierName, recipientName, designation, description, category, orderYear,
        orderYearEstimate, delivered, deliveredEstimate, deliveryYear, deliveryYearEstimate,
        status, tivUnit, tivDelivered, f.uncertain(), fileLabel, lineNo);
  }

  private static String required(SipriFields f, String column) throws SipriRowException {
    String v = f.text(column);
    if (v == null) {
      throw new SipriRowException("'" + column + "' is empty");
    }
    return v;
  }

  private String iso3OrName(String sipriName) {
    return resolved.computeIfAbsent(sipriName,
        n -> Optional.ofNullable(countries.iso3(n)).orElse(n));
  }
}
