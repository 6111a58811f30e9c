package org.dyadscope.collect.sipri;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column header of a SIPRI trade-register CSV export, binding column names to positions.
 *
 * <p>Columns used (names as in the SIPRI Arms Transfers Database export, "Trade register" CSV):
 * {@value #ID}, {@value #SUPPLIER}, {@value #RECIPIENT}, {@value #DESIGNATION},
 * {@value #DESCRIPTION}, {@value #CATEGORY}, {@value #ORDER_YEAR}, {@value #ORDER_YEAR_ESTIMATE},
 * {@value #DELIVERED}, {@value #DELIVERED_ESTIMATE}, {@value #DELIVERY_YEAR},
 * {@value #DELIVERY_YEAR_ESTIMATE}, {@value #STATUS}, {@value #TIV_UNIT} (TIV per unit of this deal:
 * in the Feb 2026 export it equals "SIPRI estimate" for new weapons and is about 0.4 of it for
 * second-hand, 0.66 for second-hand modernised ones) and {@value #TIV_DELIVERED}. "SIPRI estimate"
 * (TIV per unit of the weapon when new) and "Local production" are not kept.
 */
final class SipriHeader {
  static final String ID = "SIPRI AT Database ID";
  static final String SUPPLIER = "Supplier";
  static final String RECIPIENT = "Recipient";
  static final String DESIGNATION = "Designation";
  static final String DESCRIPTION = "Description";
  static final String CATEGORY = "Armament category";
  static final String ORDER_YEAR = "Order date";
  static final String ORDER_YEAR_ESTIMATE = "Order date is estimate";
  static final String DELIVERED = "Numbers delivered";
  static final String DELIVERED_ESTIMATE = "Numbers delivered is estimate";
  static final String DELIVERY_YEAR = "Delivery year";
  static final String DELIVERY_YEAR_ESTIMATE = "Delivery year is estimate";
  static final String STATUS = "Status";
  static final String TIV_UNIT = "TIV deal unit";
  static final String TIV_DELIVERED = "TIV delivery values";

  static final List<String> REQUIRED = List.of(ID, SUPPLIER, RECIPIENT, DESIGNATION, DESCRIPTION,
      CATEGORY, ORDER_YEAR, ORDER_YEAR_ESTIMATE, DELIVERED, DELIVERED_ESTIMATE, DELIVERY_YEAR,
      DELIVERY_YEAR_ESTIMATE, STATUS, TIV_UNIT, TIV_DELIVERED);

  private final Map<String, Integer> index;
  private final int width;

  private SipriHeader(Map<String, Integer> index, int width) {
    this.index = index;
    this.width = width;
  }

  /**
   * Recognises the header line: the one whose fields include {@value #SUPPLIER},
   * {@value #RECIPIENT} and {@value #TIV_DELIVERED}. Preamble lines (title, notes, source) give
   * empty.
   */
  static Optional<SipriHeader> recognise(String line) {
    List<String> names;
    try {
      names = SipriLineSplitter.split(line);
    } catch (SipriRowException e) {
      return Optional.empty();
    }
    if (!names.contains(SUPPLIER) || !names.contains(RECIPIENT) || !names.contains(TIV_DELIVERED)) {
      return Optional.empty();
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(names.get(i), i);
    }
    return Optional.of(new SipriHeader(index, names.size()));
  }

  /** Required columns this header lacks (empty when it can be read). */
  List<String> missing() {
    return REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
  }

  /** Number of fields in the header; every data line must have as many. */
  int width() {
    return width;
  }

  /** Position of a required column. */
  int position(String column) {
    return index.get(column);
  }
}
