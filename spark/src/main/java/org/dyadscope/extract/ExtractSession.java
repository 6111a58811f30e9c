package org.dyadscope.extract;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of an extract. Settings a user gives ({@code spark-submit --conf}, {@code
 * spark.*} system properties) win; otherwise: master {@code local[*]}, no web UI, UTC for dates, and
 * on this machine (a local master, or a cluster on 127.0.0.1) the driver on 127.0.0.1, so that
 * nothing listens on another interface.
 */
final class ExtractSession {
  private ExtractSession() {}

  /** @param master the master URL, or null for the one configured, else {@code local[*]} */
  static SparkSession create(String master) {
    SparkConf given = new SparkConf();
    String url = master != null ? master : given.get("spark.master", "local[*]");
    SparkSession.Builder b = SparkSession.builder().appName("dyadscope extract").master(url)
        .config("spark.sql.session.timeZone", "UTC")
        // rows carry java.time dates, as the core's readers give them
        .config("spark.sql.datetime.java8API.enabled", "true")
        // the parsed rows have 26 columns: print their plans whole instead of warning about it
        .config("spark.sql.debug.maxToStringFields", "100");
    if (!given.contains("spark.ui.enabled")) {
      b.config("spark.ui.enabled", "false");
    }
    if (!given.contains("spark.driver.host") && onThisMachine(url)) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession spark = b.getOrCreate();
    if (!given.contains("spark.sql.shuffle.partitions")) {
      // Spark's default of 200 reduce tasks is made for large shuffles; an extract's are small
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * spark.sparkContext().defaultParallelism())));
    }
    return spark;
  }

  private static boolean onThisMachine(String url) {
    return url.startsWith("local") || url.contains("://127.0.0.1") || url.contains("://localhost");
  }
}
