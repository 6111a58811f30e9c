package org.dyadscope.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.Dyad;

/**
 * SIPRI deliveries summed over the case period per supplier→recipient dyad, and whether one flow
 * dominates the others so much that a chart on one scale flattens them.
 *
 * @param totals TIV delivered over the period, millions, per dyad with any delivery, in case dyad order
 * @param none dyads with no delivery in the period, in case dyad order
 * @param dominant the dyad whose total is more than {@link #DOMINANCE} times every other dyad's (at
 *     least one other dyad delivering), or null when none is
 */
public record ArmsTotals(Map<Dyad, Double> totals, List<Dyad> none, Dyad dominant) {
  /** A flow this many times the next largest one flattens the others on a shared scale. */
  public static final double DOMINANCE = 5;

  public ArmsTotals {
    totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    none = List.copyOf(none);
  }

  /**
   * Sums {@code flows} (rows of {@link Measurements#arms}) per dyad, in the order the dyads first
   * appear; the largest total (the first on a tie) is dominant when above {@link #DOMINANCE} times
   * the second largest, which must be above 0.
   */
  public static ArmsTotals of(List<ArmsFlow> flows) {
    Map<Dyad, List<Double>> byDyad = new LinkedHashMap<>();
    for (ArmsFlow a : flows) {
      byDyad.computeIfAbsent(new Dyad(a.supplier(), a.recipient()), k -> new ArrayList<>()).add(a.tivDelivered());
    }
    Map<Dyad, Double> totals = new LinkedHashMap<>();
    List<Dyad> none = new ArrayList<>();
    byDyad.forEach((d, tivs) -> {
      double t = tivs.stream().mapToDouble(Double::doubleValue).sum();
      if (t == 0) {
        none.add(d);
      } else {
        totals.put(d, t);
      }
    });
    Dyad top = null;
    for (Map.Entry<Dyad, Double> e : totals.entrySet()) {
      if (top == null || e.getValue() > totals.get(top)) {
        top = e.getKey();
      }
    }
    double second = 0;
    for (Map.Entry<Dyad, Double> e : totals.entrySet()) {
      if (!e.getKey().equals(top)) {
        second = Math.max(second, e.getValue());
      }
    }
    return new ArmsTotals(totals, none, second > 0 && totals.get(top) > DOMINANCE * second ? top : null);
  }
}
