package org.dyadscope.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.dyadscope.cases.Actor;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.cli.ActorList;
import org.dyadscope.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyadscope extract CASE --data ROOT --out DIR [--master URL]}: the case's GDELT and ICEWS
 * sources filtered to its actors into a Parquet extract, on Spark ({@link ExtractJob}); {@code
 * dyadscope run CASE --extract DIR} then loads the store from it. Run by {@code bin/dyadscope
 * extract} (embedded {@code local[*]}) or by {@code spark-submit} with the job jar (the cluster's
 * master).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the case's GDELT and ICEWS sources (plain or zipped files, local or on HDFS or an "
        + "object store) on Apache Spark: every row checked by the local readers, filtered to the case's actors, "
        + "written to DIR as Parquet (events and source_totals partitioned by source and year; quarantine, "
        + "provenance, event_conflicts, left_out_event_ids). Then: dyadscope run CASE --extract DIR.")
public final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", description = "case folder holding case.yaml")
  Path caseDir;

  @Option(names = "--data", paramLabel = "ROOT",
      description = "data root the case's file paths are relative to: a folder, or a URI such as "
          + "s3a://bucket/gdelt-root or hdfs://namenode/data; default $DYADSCOPE_DATA")
  String data;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "extract folder (a path or URI); replaced when the extract is complete")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] or spark://127.0.0.1:7077; default the one spark-submit "
          + "sets, else local[*]")
  String master;

  @Option(names = "--actors", paramLabel = "CODES",
      description = "keep events where either actor's country is one of these ISO-3 codes; default the case's actors")
  String actors;

  public static void main(String[] args) {
    System.exit(Main.execute(new ExtractCommand(), args));
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(caseDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          caseDir + ": no such case folder; pass a folder holding case.yaml, e.g. cases/russia-iran-2012-2022");
    }
    String root = data != null ? data : System.getenv("DYADSCOPE_DATA");
    if (root == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no data root; pass --data ROOT or set $DYADSCOPE_DATA");
    }
    CaseFile c = CaseLoader.load(caseDir);
    Set<String> keep = actors != null ? ActorList.parse(actors, spec.commandLine())
        : c.actors().stream().map(Actor::code).collect(Collectors.toCollection(LinkedHashSet::new));
    try (SparkSession spark = ExtractSession.create(master)) {
      ExtractJob.Result r = ExtractJob.extract(spark, c, root, keep, out, System.err::println);
      List<String> counts = List.of("rows_read", "rows_loaded", "rows_quarantined", "rows_duplicate", "rows_filtered");
      StringBuilder line = new StringBuilder("dyadscope extract: " + r.provenance().size() + " files");
      for (String name : counts) {
        int i = ExtractSchema.PROVENANCE.fieldIndex(name);
        line.append(String.format(Locale.ROOT, ", %,d %s", r.provenance().stream().mapToLong(p -> p.getLong(i)).sum(),
            name.substring("rows_".length())));
      }
      System.err.println(line + " rows, into " + out);
    }
    System.out.println(out);
    return 0;
  }
}
