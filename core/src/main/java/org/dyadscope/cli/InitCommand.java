package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.cases.CaseScaffold;
import org.dyadscope.cases.Period;
import org.dyadscope.collect.SourceSurvey;
import org.dyadscope.yaml.CaseFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code dyadscope init DIR --actors CHN,RUS[,USA] --period 2014-01..2022-12}: writes a ready case
 * folder ({@link CaseScaffold}) from the sources found under the data root ({@link SourceSurvey}),
 * then loads it back as a run would, so what it writes is a valid case.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Writes a new case folder DIR: case.yaml with every source under the data root that dyadscope can "
        + "read (formats recognised from content), the dyads and triad; themes.yaml and trace.yaml written without "
        + "SQL (cooperation against conflict, its trend, UN voting alignment, arms transfers, the link to the third "
        + "party), with hypotheses worded for the dyad. Then: dyadscope run DIR --data ROOT.")
final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the new case folder, e.g. cases/china-russia-2014-2022; "
      + "its name is the case name")
  Path dir;

  @Option(names = "--actors", required = true, paramLabel = "CODES",
      description = "the state whose policy is studied, the state it is directed at, optionally a third party: "
          + "ISO-3 codes, e.g. CHN,RUS,USA")
  String actors;

  @Option(names = "--dyads", paramLabel = "DYADS", split = ",",
      description = "directed dyads, e.g. CHN->RUS,RUS->CHN,CHN<->USA; default: the first two both ways and each "
          + "with the third party both ways")
  List<String> dyads;

  @Option(names = "--period", required = true, paramLabel = "FROM..TO", description = "whole months, e.g. 2014-01..2022-12")
  String period;

  @Option(names = "--data", paramLabel = "DIR", description = "data root to survey; default $DYADSCOPE_DATA")
  Path data;

  @Option(names = "--skip", paramLabel = "FOLDERS", split = ",",
      description = "folders under the data root to leave out, e.g. icews21_zrllm,kremlin (a smaller, faster case)")
  List<String> skip;

  @Override
  public Integer call() throws Exception {
    List<String> codes = new ArrayList<>(ActorList.parse(actors, spec.commandLine()));
    Period p;
    CaseScaffold scaffold;
    try {
      p = CaseScaffold.period(period);
      // checked before the survey, which reads the whole data root
      scaffold = new CaseScaffold(codes, dyads == null ? CaseScaffold.defaultDyads(codes) : dyads, p, List.of());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path root = DataRoot.resolve(data, spec.commandLine());
    List<SourceSurvey.Found> found = SourceSurvey.survey(root, codes, skip == null ? List.of() : skip);
    scaffold = new CaseScaffold(scaffold.actors(), scaffold.dyads(), p, found);
    List<Path> written = scaffold.write(dir);
    try {
      // what init writes must load as a run loads it: a bad --dyads fails here, at its line
      CaseAnalysis.check(CaseLoader.load(dir));
    } catch (CaseFileException e) {
      for (Path f : written) {
        Files.deleteIfExists(f); // nothing half-written
      }
      throw e;
    }
    long enabled = found.stream().filter(SourceSurvey.Found::enabled).count();
    System.err.println("dyadscope init: " + found.size() + " sources found under " + root + ", " + enabled
        + " ready, " + (found.size() - enabled) + " commented out (their comments say what to set)");
    written.forEach(System.out::println);
    System.err.println("dyadscope init: next: dyadscope run " + dir + " --data " + root);
    return 0;
  }
}
