package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.ZipFile;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.exchange.CaseDocuments;
import org.dyadscope.exchange.Codebook;
import org.dyadscope.exchange.QdpxExport;
import org.dyadscope.exchange.Reviews;
import org.dyadscope.exchange.SchemaCheck;
import org.dyadscope.review.ReviewLog;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope export qdpx OUT --to FILE.qdpx}: a run's documents and codings for CAQDAS tools. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = ExportCommand.Qdpx.class,
    description = "Exports a run's store to another tool's format; see `dyadscope export qdpx --help`.")
final class ExportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing format; write e.g. `dyadscope export qdpx OUT --to FILE.qdpx`");
  }

  @Command(name = "qdpx", mixinStandardHelpOptions = true,
      description = {"Writes a run's documents and securitization codings as a REFI-QDA project (.qdpx) for NVivo, "
          + "ATLAS.ti, MAXQDA and QualCoder: each document a text source (sources/GUID.txt, UTF-8, LF), each coded "
          + "sentence a selection (positions in Unicode code points from 0, end exclusive) with its codings, the "
          + "matched terms, rule and lexicon version in its description; the codebook: securitizing move and "
          + "desecuritizing move with the five sectors under each, threat sources by actor code. Users: the "
          + "automatic coder with its lexicon version and every reviewer of OUT/reviews.tsv (their latest review of "
          + "each sentence as their codings). GUIDs are name-based: two exports of one run are identical "
          + "byte for byte. Read from OUT/case.duckdb only (read-only); validated against refi-qda/Project.xsd "
          + "under --data when present."})
  static final class Qdpx implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT_DIR|STORE", description = "the run's output folder, holding case.duckdb,"
        + " or that store file")
    Path out;

    @Option(names = "--to", required = true, paramLabel = "FILE",
        description = "the .qdpx to write (a .qdc with --codebook-only); replaced only when complete")
    Path to;

    @Option(names = "--codebook-only", description = "write the codebook alone, a .qdc valid against Codebook.xsd")
    boolean codebookOnly;

    @Option(names = "--speaker", paramLabel = "ISO3[,ISO3...]", description = "only documents of these speakers")
    String speakers;

    @Option(names = "--source", paramLabel = "NAME[,NAME...]",
        description = "only documents of these document sources (documents.source, e.g. ungd)")
    String sources;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
        description = "only documents dated on or after this day (a document dated by year alone counts as 1 January)")
    String from;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD",
        description = "only documents dated on or before this day (`--to` names the file written)")
    String until;

    @Option(names = "--case", paramLabel = "CASE",
        description = "case folder whose lexicon/ overrides give the codebook's actor codes; default the built-in lexicon")
    Path caseDir;

    @Option(names = "--data", paramLabel = "DIR",
        description = "data root holding refi-qda/Project.xsd and Codebook.xsd, to validate what is written; default $DYADSCOPE_DATA")
    Path data;

    @Override
    public Integer call() throws Exception {
      CommandLine cl = spec.commandLine();
      // as typed: a Path drops the trailing separator of "--to newdir/"
      String typed = cl.getParseResult().matchedOption("--to").stringValues().get(0);
      if (Files.isDirectory(to) || typed.endsWith("/") || typed.endsWith(java.io.File.separator)) {
        throw new CommandLine.ParameterException(cl, "--to " + to + " is a folder; give a file name, e.g. --to "
            + to.resolve("project.qdpx"));
      }
      Path store = ServeCommand.store(out);
      if (!codebookOnly && !Files.isRegularFile(store)) {
        throw new CommandLine.ParameterException(cl, store + ": no store; give the output folder of `dyadscope run`");
      }
      Set<String> actorCodes = Lexicon.forCase(caseDir).actorCodes();
      String origin = new Version().getVersion()[0];
      long t0 = System.nanoTime();
      if (codebookOnly) {
        int codes = QdpxExport.codebook(to, actorCodes, origin);
        System.out.println("wrote " + to + ": " + codes + " codes, " + Files.size(to) + " bytes");
        validate(Files.readAllBytes(to), SchemaCheck.CODEBOOK_XSD, to.toString());
        return 0;
      }
      CaseDocuments.Filter filter = new CaseDocuments.Filter(list(speakers, true), list(sources, false),
          day("--from", from, cl), day("--until", until, cl));
      checkFilter(store, filter, cl);
      Path folder = store.toAbsolutePath().normalize().getParent();
      String name = folder == null || folder.getFileName() == null ? "dyadscope" : folder.getFileName().toString();
      ReviewLog log = new ReviewLog(ReviewLog.besideStore(store));
      ReviewLog.Contents read = log.read();
      read.problems().forEach(p -> System.err.println("dyadscope export qdpx: " + p));
      Reviews reviews = Reviews.of(read.rows());
      QdpxExport.Result r = QdpxExport.project(store, to, filter, actorCodes, reviews::codings, name, origin);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "wrote %s: %d documents, %d selections (coded sentences), %d codings, %d codes,"
          + " users %s; %d bytes in %.1f s%n", to, r.documents(), r.selections(), r.codings(), r.codes(),
          String.join(", ", r.users()), r.bytes(), seconds);
      if (reviews.total() > 0) {
        System.out.println("reviews: " + reviews.current() + " of " + reviews.total() + " (latest per reviewer and"
            + " sentence in " + log.file() + ") exported" + (reviews.current() == reviews.total() ? ""
                : "; the others name a document the filter left out or a sentence the run no longer has"));
      }
      byte[] qde;
      try (ZipFile z = new ZipFile(to.toFile())) {
        qde = z.getInputStream(z.getEntry("project.qde")).readAllBytes();
      }
      validate(qde, SchemaCheck.PROJECT_XSD, to + "!project.qde");
      return 0;
    }

    private void validate(byte[] xml, String xsdName, String name) throws Exception {
      Path xsd = RefiQdaSchema.find(data, xsdName, spec.commandLine());
      if (xsd == null) {
        System.err.println("dyadscope export qdpx: " + name + ": " + RefiQdaSchema.notValidated(xsdName));
        return;
      }
      try {
        SchemaCheck.validate(xml, xsd, name);
      } catch (SchemaCheck.Invalid e) {
        Files.deleteIfExists(to); // an export the schema refuses would be refused by every tool
        throw new IllegalStateException(e.getMessage() + "; nothing written (a defect of dyadscope: please report it)", e);
      }
      System.out.println("valid against " + xsd);
    }

    /**
     * Refuses a filter that can only select nothing: a speaker or source no stored document has
     * (naming those there are), or --from after --until.
     */
    private static void checkFilter(Path store, CaseDocuments.Filter f, CommandLine cl) throws SQLException {
      if (f.from() != null && f.until() != null && f.from().isAfter(f.until())) {
        throw new CommandLine.ParameterException(cl, "--from " + f.from() + " is after --until " + f.until());
      }
      try (Store s = Store.openReadOnly(store)) {
        refuseUnknown("--speaker", f.speakers(), distinct(s, "speaker"), cl);
        refuseUnknown("--source", f.sources(), distinct(s, "source"), cl);
      }
    }

    private static Set<String> distinct(Store s, String column) throws SQLException {
      Set<String> out = new TreeSet<>();
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT DISTINCT " + column + " FROM documents WHERE " + column + " IS NOT NULL")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }

    private static void refuseUnknown(String option, Set<String> given, Set<String> known, CommandLine cl) {
      Set<String> unknown = new TreeSet<>(given);
      unknown.removeAll(known);
      if (!unknown.isEmpty()) {
        throw new CommandLine.ParameterException(cl, option + ": no stored document has " + String.join(", ", unknown)
            + "; the store's are " + String.join(", ", known));
      }
    }

    private static Set<String> list(String option, boolean upper) {
      Set<String> out = new LinkedHashSet<>();
      if (option != null) {
        for (String p : option.split(",")) {
          if (!p.isBlank()) {
            out.add(upper ? p.strip().toUpperCase(Locale.ROOT) : p.strip());
          }
        }
      }
      return out;
    }

    private static LocalDate day(String option, String value, CommandLine cl) {
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(cl, option + ": '" + value + "' is not a day; write YYYY-MM-DD, e.g. 2015-07-14");
      }
    }
  }
}
