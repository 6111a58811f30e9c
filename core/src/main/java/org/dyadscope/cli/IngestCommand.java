package org.dyadscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.FileResult;
import org.dyadscope.collect.FormatSniffer;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.collect.SourceFiles;
import org.dyadscope.collect.SourceFormat;
import org.dyadscope.collect.SourceFormats;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope ingest FILES... --db STORE}: loads files into a store, one transaction per file. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Loads data files into a store and prints, per file, rows read / loaded / quarantined /"
            + " duplicate / filtered (read = loaded + quarantined + duplicate + filtered).",
        "Re-loading a file replaces its earlier rows. A file whose content is already loaded under another name"
            + " (plain or zipped) stores nothing; a GDELT or ICEWS event id already loaded keeps its first row.",
        "Exit code 1 when a file's format cannot be told or none of its rows loads.",
        "Formats (--format; guessed from the file's content when not given, for the formats it tells apart):"})
final class IngestCommand implements Callable<Integer> {
  private CommandLine.Model.CommandSpec spec;

  /** Picocli hands over the command's model when it builds it: the help's format list comes from the registry. */
  @CommandLine.Spec
  void spec(CommandLine.Model.CommandSpec spec) {
    this.spec = spec;
    List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
    for (SourceFormat f : SourceFormats.all()) {
      lines.add("  " + f.describe().replace("%", "%%")); // picocli reads a help text as a format string
    }
    spec.usageMessage().description(lines.toArray(String[]::new));
  }

  @Parameters(arity = "1..*", paramLabel = "FILES", description = "data files (plain or .zip)")
  List<Path> files;

  @Option(names = "--db", required = true, paramLabel = "STORE", description = "the DuckDB store to load into (created if absent)")
  Path db;

  @Option(names = "--format", paramLabel = "FORMAT", description = "reader format; guessed when absent")
  String format;

  @Option(names = "--source", paramLabel = "NAME", description = "dataset name rows are tagged with (default: the format)")
  String source;

  @Option(names = "--option", paramLabel = "KEY=VALUE",
      description = "reader option, e.g. speaker=RUS; the keys each format reads are listed above, any other"
          + " key is refused")
  Map<String, String> options = Map.of();

  @Option(names = "--actors", paramLabel = "CODES",
      description = "keep only events where either actor's country is one of these ISO-3 codes, e.g. "
          + "RUS,IRN,USA,CHN; every event still counts in the source's daily totals (table source_totals), "
          + "so shares stay shares of ALL events of the source")
  String actors;

  @Option(names = "--data", paramLabel = "DIR",
      description = "data root whose lookup tables (gdelt/lookups, petrarch2) replace the built-in ones; "
          + "needed by the formats marked so above; default $DYADSCOPE_DATA, else the built-in tables")
  Path data;

  @Override
  public Integer call() throws Exception {
    if (format != null) { // an unknown --format is refused before anything else
      refuseUnknownOptions(format);
    }
    Path root = DataRoot.optional(data, spec.commandLine());
    List<Path> missing = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      Path m = missing.get(0);
      throw new CommandLine.ParameterException(spec.commandLine(), m + (Files.isDirectory(m)
          ? ": is a folder; give its files, e.g. " + m.resolve("*") : ": no such file; check the path"));
    }
    if (Files.isDirectory(db)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db " + db + " is a folder; give a store file,"
          + " e.g. --db " + db.resolve("events.duckdb"));
    }
    Set<String> keep = ActorList.parse(actors, spec.commandLine());
    ReaderRegistry readers = new ReaderRegistry(root, Lookups.defaults(), Map.of());
    // every file's format, options and reader (lookup tables) first: a refusal leaves no store and prints nothing
    Map<Path, SourceReader> toLoad = new LinkedHashMap<>();
    Map<Path, SourceSpec> specs = new LinkedHashMap<>();
    int failed = 0;
    for (Path f : files) {
      String fmt = format != null ? format : FormatSniffer.guess(f);
      if (fmt == null) {
        System.err.println("dyadscope ingest: " + f + ": cannot tell the format from the file; pass --format");
        failed++;
        continue;
      }
      if (format == null) { // a given --format was checked above
        refuseUnknownOptions(fmt);
      }
      SourceSpec s = new SourceSpec(source == null ? fmt : source, fmt, List.of(f.toString()), options);
      try {
        toLoad.put(f, readers.reader(s));
      } catch (IllegalArgumentException | IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), f + ": " + e.getMessage());
      }
      specs.put(f, s);
    }
    if (toLoad.isEmpty()) {
      return 1; // each file was named above; no store is created for nothing to load
    }
    try (Store store = Store.open(db)) {
      try {
        store.checkActors(keep, null);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), db + ": " + e.getMessage());
      }
      System.out.println("file,format,rows_read,rows_loaded,rows_quarantined,rows_duplicate,rows_filtered,duplicate_of");
      for (Map.Entry<Path, SourceReader> e : toLoad.entrySet()) {
        Path f = e.getKey();
        FileResult r = FileLoader.load(store, e.getValue(), f, SourceFiles.label(root, f), specs.get(f).name(), keep);
        System.out.println(String.join(",", r.file(), r.format(), Long.toString(r.rowsRead()),
            Long.toString(r.rowsLoaded()), Long.toString(r.rowsQuarantined()), Long.toString(r.rowsDuplicate()),
            Long.toString(r.rowsFiltered()), r.duplicateOf() == null ? "" : r.duplicateOf()));
        for (String note : new String[] {r.codes().summary(r.file()), r.repeats()}) {
          if (note != null) {
            System.err.println("dyadscope ingest: " + note);
          }
        }
        if (r.rowsLoaded() == 0 && r.rowsQuarantined() > 0) {
          System.err.println("dyadscope ingest: " + f + ": every row was quarantined; is it really a " + r.format()
              + " file? see the reasons with: dyadscope query " + db + " \"SELECT line, reason FROM quarantine WHERE file = '"
              + r.file() + "' LIMIT 5\"");
          failed++;
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** Refuses an unknown --format, or an --option key that {@code fmt} does not read, as a usage error. */
  private void refuseUnknownOptions(String fmt) {
    try {
      SourceFormats.get(fmt).checkOptions(options);
    } catch (IllegalArgumentException e) {
      // "unknown format 'x'..." becomes "unknown --format 'x'...", "option 'license'..." "--option 'license'..."
      String m = e.getMessage();
      throw new CommandLine.ParameterException(spec.commandLine(),
          m.startsWith("unknown format") ? m.replace("unknown format", "unknown --format") : "--" + m);
    }
  }
}
