package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.review.ReviewLog;
import org.dyadscope.serve.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope serve OUT_DIR|STORE}: the local web workbench over a run's store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves a run's store as a local web workbench (series explorer, the events behind each point,"
        + " evidence and trace, findings, securitization KWIC and documents, reviews of the coder) on 127.0.0.1"
        + " until Ctrl-C. The store is opened read-only; reviews go to a TSV file beside it.",
        "Example: dyadscope serve out/russia-iran-2012-2022"})
final class ServeCommand implements Callable<Integer> {
  /** The store's name in a run's output folder (pipeline.RunOutputs). */
  static final String STORE = "case.duckdb";

  /** The store a command names by a run's output folder (its {@value #STORE}) or by the file itself. */
  static Path store(Path folderOrFile) {
    return Files.isDirectory(folderOrFile) ? folderOrFile.resolve(STORE) : folderOrFile;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT_DIR|STORE", description = "a run's output folder or its case.duckdb")
  Path target;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "address to bind (default 127.0.0.1; anything else is reachable from other machines and warns)")
  String host;

  @Option(names = "--port", defaultValue = "0", paramLabel = "PORT", description = "port (default 0: a free one)")
  int port;

  @Option(names = "--reviews", paramLabel = "FILE",
      description = "the review file (append-only TSV); default reviews.tsv beside the store")
  Path reviews;

  @Option(names = "--case", paramLabel = "DIR",
      description = "the case folder the store was run from (markers, the trace's sensitivity ranges, series by"
          + " CAMEO root); default cases/<output folder name> when it exists")
  Path caseDir;

  @Override
  public Integer call() throws Exception {
    Path store = store(target);
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
    }
    CaseFile caseFile = caseFile(store);
    if (!isLoopback(host)) {
      System.err.println("dyadscope serve: WARNING: binding " + host + " makes the workbench reachable from other"
          + " machines; it has no login (use the default 127.0.0.1 unless you mean it)");
    }
    Path reviewFile = reviews != null ? reviews : ReviewLog.besideStore(store);
    Workbench w = Workbench.start(store, caseFile, new ReviewLog(reviewFile), host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      w.close();
      stopped.countDown();
    }));
    if (caseFile == null) {
      System.err.println("dyadscope serve: no case folder (give --case DIR): markers, sensitivity ranges and"
          + " series by CAMEO root are left out");
    }
    System.out.println("dyadscope: serving " + store + " at http://" + (isLoopback(host) ? "127.0.0.1" : host) + ":"
        + w.port() + "/ (Ctrl-C to stop)");
    System.out.flush();
    stopped.await();
    return 0;
  }

  private CaseFile caseFile(Path store) throws Exception {
    Path dir = caseDir;
    if (dir == null) {
      Path folder = store.toAbsolutePath().getParent();
      Path guess = Path.of("cases").resolve(folder.getFileName().toString());
      if (!Files.isRegularFile(guess.resolve(CaseLoader.CASE_FILE))) {
        return null;
      }
      dir = guess;
    }
    return CaseLoader.load(dir);
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
