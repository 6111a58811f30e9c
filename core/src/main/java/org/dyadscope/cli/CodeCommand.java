package org.dyadscope.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyadscope.code.CodingCsv;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.lexicon.Roles;
import org.dyadscope.code.model.EmbeddingCache;
import org.dyadscope.code.model.ModelCoder;
import org.dyadscope.code.model.MoveModel;
import org.dyadscope.code.model.SentenceEncoder;
import org.dyadscope.store.Store;
import org.dyadscope.collect.documents.DocumentFileReader;
import org.dyadscope.collect.documents.UnreadableDocumentException;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope code FILE|-}: codes one document and prints its sentence codings as CSV. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Codes one document (.txt, .html or .pdf; or standard input with -) for securitizing and "
        + "desecuritizing moves and prints one CSV row per sentence: the codings.csv columns (with the sentence "
        + "text) plus start and end, its character offsets.")
final class CodeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "a document (.txt, .html: visible text, .pdf: text layer), or - for plain text on standard input")
  String file;

  @Option(names = "--speaker", paramLabel = "ISO3", description = "the securitizing actor (speaking state), e.g. RUS; "
      + "default: from a UN General Debate file name (RUS_70_2015.txt), else none")
  String speaker;

  @Option(names = "--date", paramLabel = "DATE", description = "document date: YYYY, YYYY-MM or YYYY-MM-DD; sets the year for narration and the "
          + "office shown for a named leader in the actors column; default: the year of a UN General Debate file name, "
          + "else none (and no office)")
  String date;

  @Option(names = "--case", paramLabel = "DIR", description = "case folder whose lexicon/*.tsv extend or replace the built-in lexicon")
  Path caseDir;

  @Option(names = "--coder", paramLabel = "DETECTOR", defaultValue = "lexicon",
      description = "which detector decides the securitizing moves: lexicon (the rules; the default) or model (the "
          + "trained detector of the case given with --case, CASE/model/move-detector.json; the lexicon's evidence is kept)")
  String coder;

  @Override
  public Integer call() throws Exception {
    Coders.check(coder, spec.commandLine());
    MoveModel model = null;
    if (coder.equals(SentenceCoding.MODEL)) {
      if (caseDir == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--coder model needs --case DIR: the case whose trained detector (DIR/model/move-detector.json) codes the moves");
      }
      try {
        model = MoveModel.forCase(caseDir);
      } catch (MoveModel.MissingModelException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (date != null && Roles.period(date) == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--date " + date + " is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
    }
    String text;
    String docId;
    if (file.equals("-")) {
      text = SpeechText.decode(System.in.readAllBytes()).text();
      docId = "stdin";
    } else {
      Path p = Path.of(file);
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + (Files.isDirectory(p)
            ? ": is a folder; give one document file in it" : ": no such file; check the path"));
      }
      try {
        text = DocumentFileReader.text(p).text(); // txt, html (visible text) or pdf
      } catch (UnreadableDocumentException e) {
        System.err.println("dyadscope code: " + file + ": " + e.getMessage());
        return 1;
      }
      docId = p.getFileName().toString();
      // a UNGD speech names its speaker and year: the analyst need not repeat them
      Optional<UngdFileName> ungd = UngdFileName.parse(docId);
      if (ungd.isPresent()) {
        speaker = speaker != null ? speaker : ungd.get().speaker();
        date = date != null ? date : String.valueOf(ungd.get().year());
      }
    }
    DocumentCoder lexicon = caseDir == null ? DocumentCoder.builtIn() : DocumentCoder.forCase(caseDir);
    List<SentenceCoding> codings = lexicon.code(text, speaker, date, docId);
    if (model != null) {
      codings = withModel(model, codings);
    }
    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
    try (CodingCsv csv = new CodingCsv(out, true)) {
      for (SentenceCoding c : codings) {
        csv.write(c);
      }
    }
    return 0;
  }

  /** The trained detector's codings of one document, its sentences embedded in a throw-away store. */
  private static List<SentenceCoding> withModel(MoveModel model, List<SentenceCoding> codings) throws Exception {
    Path dir = Files.createTempDirectory("dyadscope-code");
    try (SentenceEncoder encoder = SentenceEncoder.open(Runtime.getRuntime().availableProcessors());
        Store store = Store.open(dir.resolve("embeddings.duckdb"))) {
      return new ModelCoder(model, new EmbeddingCache(store.connection(), encoder)).decide(codings);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
