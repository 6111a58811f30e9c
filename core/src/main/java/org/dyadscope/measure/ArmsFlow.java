package org.dyadscope.measure;

/**
 * SIPRI arms deliveries from one supplier to one recipient in one year.
 *
 * <p>Source: SIPRI Arms Transfers Database, trade register; TIV = SIPRI trend-indicator value,
 * millions, a volume measure of military capability transferred (not a price).
 *
 * @param supplier ISO-3 of the supplier
 * @param recipient ISO-3 of the recipient
 * @param year delivery year
 * @param tivDelivered sum of the TIV delivered that year, millions (0 when none)
 * @param deals distinct SIPRI deal ids with deliveries that year
 */
public record ArmsFlow(String supplier, String recipient, int year, double tivDelivered, long deals) {}
