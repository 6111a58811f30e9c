package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.exchange.Coding;
import org.dyadscope.exchange.GoldRows;
import org.dyadscope.exchange.Labels;
import org.dyadscope.exchange.QdpxImport;
import org.dyadscope.exchange.Reviews;
import org.dyadscope.exchange.SchemaCheck;
import org.dyadscope.review.Review;
import org.dyadscope.review.ReviewLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import qdpx FILE --case CASE}: a person's coding from a CAQDAS tool as gold rows and reviews. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportCommand.Qdpx.class,
    description = "Imports another tool's coding into a case; see `dyadscope import qdpx --help`.")
final class ImportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing format; write e.g. `dyadscope import qdpx FILE.qdpx --case CASE`");
  }

  @Command(name = "qdpx", mixinStandardHelpOptions = true,
      description = {"Reads a REFI-QDA project (.qdpx) coded by a person in any CAQDAS tool and stores one coder's "
          + "coding as gold rows (file, sentence_no, move, desecuritizing, sector, threat_source, as gold/gold.tsv) "
          + "that `dyadscope evaluate CASE --gold FILE` scores the automatic coder against, and with --reviews as reviews"
          + " beside the store. Sources are matched to "
          + "the run's documents by text (CR LF read as LF), selections to sentences by position (a selection codes "
          + "the sentence it lies in and each sentence it covers by half), codes to the codebook by GUID or name "
          + "path (securitizing move/military, threat source/USA); what cannot be matched is reported, never "
          + "guessed. Entries with '..' or absolute paths, and entries past the size caps, are refused. Nothing is "
          + "written when the import fails."})
  static final class Qdpx implements Callable<Integer> {
    /** Problems printed; the rest are counted. */
    private static final int MAX_PROBLEMS = 30;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .qdpx to read")
    Path file;

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "the case folder (gold rows go to its gold/)")
    Path caseDir;

    @Option(names = "--out", paramLabel = "DIR", description = "the run's output folder holding case.duckdb; default out/<case-name>/")
    Path out;

    @Option(names = "--coder", paramLabel = "NAME",
        description = "the project user whose coding to import; needed when the project has several coders")
    String coder;

    @Option(names = "--gold", paramLabel = "FILE", description = "gold rows to write; default CASE/gold/qdpx-<coder>.tsv")
    Path gold;

    @Option(names = "--reviews", description = "also append the coding to the reviews beside the store (OUT/reviews.tsv,"
        + " source qdpx:FILE), one review per sentence the person or the automatic coder coded; the file is append-only")
    boolean asReviews;

    @Option(names = "--data", paramLabel = "DIR",
        description = "data root holding refi-qda/Project.xsd, to validate project.qde; default $DYADSCOPE_DATA")
    Path data;

    @Override
    public Integer call() throws Exception {
      CommandLine cl = spec.commandLine();
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(cl, file + (Files.isDirectory(file) ? ": is a folder" : ": no such file")
            + "; give the .qdpx exported by the CAQDAS tool");
      }
      CaseFile c = CaseLoader.load(caseDir);
      Path store = (out != null ? out : Path.of("out", c.name())).resolve("case.duckdb");
      if (!Files.isRegularFile(store)) {
        throw new CommandLine.ParameterException(cl, store + ": no store; run the case first or give --out");
      }
      Path xsd = RefiQdaSchema.find(data, SchemaCheck.PROJECT_XSD, cl);
      if (xsd == null) {
        System.err.println("dyadscope import qdpx: " + file + ": " + RefiQdaSchema.notValidated(SchemaCheck.PROJECT_XSD));
      }
      Set<String> actorCodes = Lexicon.forCase(caseDir).actorCodes();
      QdpxImport.Result r = QdpxImport.read(file, store, xsd, actorCodes);
      String who = chooseCoder(r.codings(), cl);
      Map<QdpxImport.SentenceRef, Labels> labels = r.codings().get(who);
      List<String> problems = r.problems();
      List<String> rows = GoldRows.rows(r.documents(), labels);
      Path target = gold != null ? gold : caseDir.resolve("gold").resolve("qdpx-" + slug(who) + ".tsv");
      List<Review> reviewRows = asReviews ? Reviews.imported(who, r.documents(), labels,
          "qdpx:" + file.getFileName(), Instant.now()) : List.of();
      for (Review rv : reviewRows) {
        rv.check(actorCodes);
      }
      GoldRows.write(target, rows);
      System.out.printf(Locale.ROOT, "%s%s: %d text sources (%d matched to documents), %d selections (%d mapped to"
          + " sentences), %d codings (%d of known codes); coder '%s': %d sentences coded%n", file,
          xsd == null ? "" : " (valid against " + xsd + ")", r.sources(), r.documents().size(), r.selections(),
          r.selectionsMapped(), r.codingsRead(), r.codingsMapped(), who, labels.size());
      System.out.println("wrote " + target + ": " + (rows.size() - 1) + " gold rows (the sentences of the documents '"
          + who + "' coded in); score the coder with `dyadscope evaluate " + caseDir + " --gold " + target
          + (data != null ? " --data " + data : " --data DIR") + " --split dev` (it codes the gold sample's UN speeches)");
      if (asReviews) {
        ReviewLog log = new ReviewLog(ReviewLog.besideStore(store));
        for (Review rv : reviewRows) {
          log.append(rv);
        }
        System.out.println("appended " + reviewRows.size() + " reviews by '" + who + "' (source qdpx:"
            + file.getFileName() + ") to " + log.file());
      }
      problems.stream().limit(MAX_PROBLEMS).forEach(p -> System.err.println("dyadscope import qdpx: " + p));
      if (problems.size() > MAX_PROBLEMS) {
        System.err.println("dyadscope import qdpx: ... and " + (problems.size() - MAX_PROBLEMS) + " more not imported");
      }
      return 0;
    }

    private String chooseCoder(Map<String, Map<QdpxImport.SentenceRef, Labels>> codings, CommandLine cl) {
      if (coder != null) {
        if (!codings.containsKey(coder)) {
          throw new CommandLine.ParameterException(cl, "--coder: '" + coder + "' coded nothing the case knows in "
              + file + "; its coders: " + String.join(", ", codings.keySet()));
        }
        return coder;
      }
      List<String> people = codings.keySet().stream().filter(u -> !Coding.isMachine(u)).toList();
      if (people.size() != 1) {
        throw new CommandLine.ParameterException(cl, file + ": " + (people.isEmpty() ? "no person coded anything the"
            + " case knows" : "several people coded (" + String.join(", ", people) + ")")
            + "; pick one with --coder NAME (coders: " + String.join(", ", codings.keySet()) + ")");
      }
      return people.get(0);
    }

    /** A coder's name as a file-name part: lower-case letters, digits and dashes. */
    private static String slug(String name) {
      String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      return s.isEmpty() ? "coder" : s;
    }
  }
}
