package org.dyadscope.store;

/**
 * One line of the SIPRI Arms Transfers Database trade register: the deliveries of one deal in one
 * delivery year. TIV values are SIPRI trend-indicator values in millions.
 *
 * <p>{@code supplier}/{@code recipient} are ISO-3 codes where the SIPRI name is a country, else the
 * SIPRI name itself (e.g. "Hezbollah (Lebanon)*"). {@code uncertain} is true when SIPRI marked any
 * value of the row with '?'.
 */
public record ArmsTransferRow(
    String sipriId,
    String supplier,
    String recipient,
    String supplierName,
    String recipientName,
    String designation,
    String description,
    String category,
    Integer orderYear,
    Boolean orderYearEstimate,
    Integer deliveredNumber,
    Boolean deliveredEstimate,
    Integer deliveryYear,
    Boolean deliveryYearEstimate,
    String status,
    Double tivUnit,
    Double tivDelivered,
    boolean uncertain,
    String file,
    long line) {}
