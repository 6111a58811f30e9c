package org.dyadscope.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.collect.fetch.CoverageReport;
import org.dyadscope.collect.fetch.Downloader;
import org.dyadscope.collect.fetch.GdeltFetch;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope fetch gdelt --from D --to D}: downloads GDELT files of a date range, verified, with a coverage report. */
@Command(name = "fetch",
    description = {"Downloads the GDELT event files of a date range from GDELT's master file list, in "
        + "parallel with a progress bar: size and MD5 checked, partial files resumed, failures retried with backoff.",
        "Each zip is read to its end and its rows parsed (and loaded with --db). Writes <out>/coverage.csv:",
        "every expected file with its outcome; gaps (404, timeout, corrupt zip, parse error...) are named.",
        "Exit code 1 when any expected file is a gap."})
final class FetchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // not mixinStandardHelpOptions: its -V/--version would clash with the GDELT --version below
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "DATASET", description = "gdelt (the only dataset fetch knows)")
  String dataset;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day")
  String from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last day (inclusive)")
  String to;

  @Option(names = "--version", paramLabel = "1|2", defaultValue = "2",
      description = "GDELT 1.0 (yearly/monthly backfiles, then daily files) or 2.0 (15-minute files); default ${DEFAULT-VALUE}")
  int version;

  @Option(names = "--slots", paramLabel = "all|daily", defaultValue = "all",
      description = "2.0 only: every quarter hour (all) or only the 00:00 file of each day (daily, a sample); default ${DEFAULT-VALUE}")
  String slots;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "http://data.gdeltproject.org",
      description = "server holding gdeltv2/masterfilelist.txt and events/md5sums; default ${DEFAULT-VALUE}")
  String baseUrl;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "gdelt-download", description = "download folder; default ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "parallel downloads; default ${DEFAULT-VALUE}")
  int threads;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "per request and longest pause mid-download; default ${DEFAULT-VALUE}")
  int timeout;

  @Option(names = "--attempts", paramLabel = "N", defaultValue = "4", description = "attempts per file; default ${DEFAULT-VALUE}")
  int attempts;

  @Option(names = "--db", paramLabel = "STORE", description = "also load the rows into this store (created if absent)")
  Path db;

  @Option(names = "--actors", paramLabel = "CODES",
      description = "with --db: keep only events where either actor's country is in the list, e.g. RUS,IRN,USA,CHN")
  String actors;

  @Option(names = "--data", paramLabel = "DIR", description = "data root whose gdelt/lookups and petrarch2 tables replace the built-in ones; default $DYADSCOPE_DATA, else the built-in tables")
  Path data;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (!dataset.equalsIgnoreCase("gdelt")) {
      throw new CommandLine.ParameterException(cl, "dataset '" + dataset + "' is not supported; use gdelt");
    }
    if (version != 1 && version != 2) {
      throw new CommandLine.ParameterException(cl, "--version " + version + ": use 1 or 2");
    }
    if (!slots.equals("all") && !slots.equals("daily")) {
      throw new CommandLine.ParameterException(cl, "--slots " + slots + ": use all or daily");
    }
    if (threads < 1 || timeout < 1 || attempts < 1) {
      throw new CommandLine.ParameterException(cl, "--threads, --timeout and --attempts must be at least 1");
    }
    Set<String> keep = ActorList.parse(actors, cl);
    if (keep != null && db == null) {
      throw new CommandLine.ParameterException(cl, "--actors filters what is loaded: give --db STORE too");
    }
    LocalDate first = date(from, "--from", cl);
    LocalDate last = date(to, "--to", cl);
    Path root = DataRoot.optional(data, cl);
    SourceReader reader = new ReaderRegistry(root, Lookups.defaults(), Map.of())
        .reader(new SourceSpec("gdelt" + version, "gdelt", List.of(), Map.of()));
    GdeltFetch fetch = new GdeltFetch(new Downloader.Settings(Duration.ofSeconds(timeout), attempts,
        Duration.ofSeconds(2)), reader);
    GdeltFetch.Request req = new GdeltFetch.Request(version, first, last, slots.equals("daily"),
        baseUrl.replaceAll("/+$", ""), out, threads);
    CoverageReport report;
    try {
      if (db != null) {
        try (Store store = Store.open(db)) {
          report = fetch.run(req, store, keep, m -> System.err.println("dyadscope fetch: " + m));
        }
      } else {
        report = fetch.run(req, null, null, m -> System.err.println("dyadscope fetch: " + m));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    Path csv = report.write(out);
    report.summary().forEach(s -> System.err.println("dyadscope fetch: " + s));
    System.out.println(csv);
    return report.gaps().isEmpty() ? 0 : 1;
  }

  private static LocalDate date(String v, String option, CommandLine cl) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cl, option + " " + v + ": write the date as YYYY-MM-DD");
    }
  }
}
