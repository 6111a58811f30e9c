package org.dyadscope.assess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A yearly series: year → value, years without a value absent (unknown, never 0).
 *
 * @param id what the series is, e.g. an indicator id
 * @param values the known values by year
 */
public record YearSeries(String id, SortedMap<Integer, Double> values) {
  public YearSeries {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    for (Map.Entry<Integer, Double> e : values.entrySet()) {
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("series " + id + ": value of " + e.getKey() + " is not a finite number");
      }
    }
  }

  /** The values within [y0, y1]. */
  public YearSeries within(int y0, int y1) {
    return new YearSeries(id, values.subMap(y0, y1 + 1));
  }

  /** Share of the years y0..y1 that have a value, in [0, 1]. */
  public double coverage(int y0, int y1) {
    return (double) within(y0, y1).values.size() / (y1 - y0 + 1);
  }

  /** Mean of the values, NaN when there are none. */
  public double mean() {
    return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /**
   * The pairs (this at year t, other at year t − lag) for every t where both are known; a positive
   * lag pairs this series with the other's earlier values (the other leads).
   *
   * @return two arrays of equal length: {this values, other values}
   */
  public double[][] pairedWith(YearSeries other, int lag) {
    List<double[]> pairs = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : values.entrySet()) {
      Double o = other.values.get(e.getKey() - lag);
      if (o != null) {
        pairs.add(new double[] {e.getValue(), o});
      }
    }
    double[][] out = new double[2][pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      out[0][i] = pairs.get(i)[0];
      out[1][i] = pairs.get(i)[1];
    }
    return out;
  }
}
