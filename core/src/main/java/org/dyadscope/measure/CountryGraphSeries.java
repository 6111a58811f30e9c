package org.dyadscope.measure;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.store.ResultTables;
import org.dyadscope.store.Store;
import org.dyadscope.store.TableView;

/**
 * Monthly and yearly series of the GDELT daily country graph ({@code country_graph_daily}) over the
 * case period, per source and undirected pair: the days with a matrix, and the sum, mean, least and
 * greatest daily weight. A derived weight (the graph's own measure: Goldstein plus small
 * source, article and tone terms, summed over a day's country-to-country events; see
 * {@code collect.graph.CountryGraphReader}), never an event count: it is stored in its own table,
 * {@code country_graph_series}, and never joined with the event series.
 */
public final class CountryGraphSeries {
  /** Columns of {@code series/country_graph_<monthly|yearly>.csv}, in file order. */
  static final List<String> COLUMNS =
      List.of("source", "pair", "period", "days", "weight_sum", "weight_mean", "weight_min", "weight_max");

  private CountryGraphSeries() {}

  /**
   * One period of a pair's series.
   *
   * @param pair undirected, {@code IRN-RUS}
   * @param period {@code 2018-09} or {@code 2018}
   * @param days days of the period with a matrix
   * @param weightSum sum of the daily weights (unitless, derived)
   * @param weightMean weightSum / days
   */
  public record Point(String source, String pair, String period, long days, double weightSum, double weightMean) {}

  /**
   * The stored series of one frequency ({@code month} or {@code year}), by source, pair and period.
   *
   * @throws SQLException when the table is missing (the measure stage has not run on this store)
   */
  public static List<Point> read(Store store, String frequency) throws SQLException {
    List<Point> out = new java.util.ArrayList<>();
    for (List<Object> r : ResultTables.rows(store, "country_graph_series", COLUMNS,
        "frequency = '" + ("year".equals(frequency) ? "year" : "month") + "'", "seq")) {
      out.add(new Point((String) r.get(0), (String) r.get(1), (String) r.get(2), ((Number) r.get(3)).longValue(),
          (Double) r.get(4), (Double) r.get(5)));
    }
    return out;
  }

  /**
   * Replaces {@code country_graph_series} with the monthly and yearly rows of the case period,
   * ordered by source, pair, frequency and period; days without a matrix have no row, so
   * {@code days} says how many days a period's values rest on.
   *
   * @throws SQLException when the store cannot be queried or written
   */
  public static void store(CaseFile c, Store store) throws SQLException {
    String from = c.period().start().atDay(1).toString();
    String to = c.period().end().atEndOfMonth().toString();
    StringBuilder sql = new StringBuilder("INSERT INTO country_graph_series SELECT *, row_number() OVER (ORDER BY source, pair, frequency, period) - 1 FROM (");
    String[][] freqs = {{"month", "strftime(day, '%Y-%m')"}, {"year", "strftime(day, '%Y')"}};
    for (int i = 0; i < freqs.length; i++) {
      sql.append(i == 0 ? "" : " UNION ALL ")
          .append("SELECT '").append(freqs[i][0]).append("' AS frequency, source, country_a || '-' || country_b AS pair, ")
          .append(freqs[i][1]).append(" AS period, count(*) AS days, sum(weight) AS weight_sum,")
          .append(" avg(weight) AS weight_mean, min(weight) AS weight_min, max(weight) AS weight_max")
          .append(" FROM country_graph_daily WHERE day BETWEEN DATE '").append(from).append("' AND DATE '")
          .append(to).append("' GROUP BY ALL");
    }
    sql.append(")");
    try (Statement st = store.connection().createStatement()) {
      st.execute("DELETE FROM country_graph_series");
      st.execute(sql.toString());
    }
  }

  /** {@code series/country_graph_monthly.csv} and {@code series/country_graph_yearly.csv}, read from the table. */
  static List<TableView> views(Store store) throws SQLException {
    return List.of(
        ResultTables.view(store, "series/country_graph_monthly.csv", "country_graph_series", COLUMNS,
            "frequency = 'month'", "seq"),
        ResultTables.view(store, "series/country_graph_yearly.csv", "country_graph_series", COLUMNS,
            "frequency = 'year'", "seq"));
  }
}
