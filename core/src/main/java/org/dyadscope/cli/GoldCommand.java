package org.dyadscope.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadscope.cases.Actor;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.code.gold.GoldSampler;
import org.dyadscope.code.gold.SampleRow;
import org.dyadscope.code.text.TextFold;
import org.dyadscope.collect.ungd.SpeechText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope gold}: a case's hand-coded gold set; {@code gold sample} draws one for a new case. */
@Command(name = "gold", mixinStandardHelpOptions = true, subcommands = GoldCommand.Sample.class,
    description = "A case's hand-coded gold set, against which `dyadscope evaluate` scores the securitization coder.")
final class GoldCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand; use `dyadscope gold sample CASE`");
  }

  /**
   * {@code dyadscope gold sample CASE --n 200}: draws a stratified sample of the UN General Debate
   * sentences of the case's actors and years ({@link GoldSampler}) into {@code CASE/gold/}.
   */
  @Command(name = "sample", mixinStandardHelpOptions = true,
      description = "Draws a stratified, seeded sample of the case's UN General Debate sentences (its actors, its "
          + "period's years; half dev, half held-out test, per speech) into CASE/gold/: sample.tsv (where each "
          + "sentence is), sentences.tsv (the texts to code) and CODEBOOK.md (how to code them). Code them into "
          + "gold/coder1.tsv, then score the coder with `dyadscope evaluate CASE --split test`.")
  static final class Sample implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "case folder holding case.yaml")
    Path caseDir;

    @Option(names = "--n", defaultValue = "200", paramLabel = "N", description = "sentences to draw; default ${DEFAULT-VALUE}")
    int n;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "sampling seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "data root holding ungd/; default $DYADSCOPE_DATA")
    Path data;

    @Override
    public Integer call() throws Exception {
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--n must be at least 1, e.g. --n 200");
      }
      CaseFile c = CaseLoader.load(caseDir);
      Path root = DataRoot.resolve(data, spec.commandLine());
      Path ungd = root.resolve("ungd");
      Path gold = caseDir.resolve("gold");
      if (Files.exists(gold.resolve("sample.tsv"))) {
        throw new CommandLine.ParameterException(spec.commandLine(), gold.resolve("sample.tsv")
            + " exists: a gold set is never redrawn over its codings; move it away to draw a new one");
      }
      if (!Files.isDirectory(ungd)) {
        throw new CommandLine.ParameterException(spec.commandLine(), ungd + ": no UN General Debate speeches to "
            + "sample; pass --data with the folder holding ungd/");
      }
      List<String> speakers = c.actors().stream().map(Actor::code).toList();
      List<SampleRow> rows = new GoldSampler().sample(ungd, speakers, c.period().start().getYear(),
          c.period().end().getYear(), n, seed);
      if (rows.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), ungd + " holds no speech of " + speakers
            + " in " + c.period().start().getYear() + "-" + c.period().end().getYear() + " to sample");
      }
      Files.createDirectories(gold);
      List<String> sample = new ArrayList<>(List.of(SampleRow.HEADER));
      List<String> texts = new ArrayList<>(List.of("file\tsentence_no\tsplit\tspeaker\tyear\ttext"));
      String file = null;
      String text = null;
      for (SampleRow r : rows) {
        if (!r.file().equals(file)) {
          file = r.file();
          // the same decoding as the sampler's, so the offsets cut the same sentence
          text = TextFold.nfc(SpeechText.decode(Files.readAllBytes(ungd.resolve(file))).text());
        }
        sample.add(r.toTsv());
        texts.add(r.file() + "\t" + r.sentenceNo() + "\t" + r.split() + "\t" + r.speaker() + "\t" + r.year() + "\t"
            + text.substring(r.start(), r.end()).replaceAll("\\s+", " "));
      }
      Files.write(gold.resolve("sample.tsv"), sample, StandardCharsets.UTF_8);
      Files.write(gold.resolve("sentences.tsv"), texts, StandardCharsets.UTF_8);
      try (InputStream in = GoldSampler.class.getResourceAsStream("CODEBOOK.md")) {
        if (in == null) {
          throw new IllegalStateException("CODEBOOK.md is missing from the jar; rebuild it (mvn package)");
        }
        Files.copy(in, gold.resolve("CODEBOOK.md"));
      }
      long test = rows.stream().filter(r -> r.split().equals("test")).count();
      System.out.println("drew " + rows.size() + " sentences of " + rows.stream().map(SampleRow::file).distinct().count()
          + " speeches (" + (rows.size() - test) + " dev, " + test + " test) into " + gold);
      System.out.println("next: code gold/sentences.tsv into gold/coder1.tsv (columns file, sentence_no, move, "
          + "desecuritizing, sector, threat_source; gold/CODEBOOK.md), then dyadscope evaluate " + caseDir
          + " --split test");
      return 0;
    }
  }
}
