import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.gdelt.ActorCode;
import org.dyadscope.collect.gdelt.GdeltReader;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;

/**
 * dyadscope's GDELT reader alone on the benchmark file, with DuckDbReadCsv's filter and
 * aggregation done in Java and nothing stored: the cost of parsing and checking every row (CAMEO
 * codes, dates, field counts) without DuckDB's write path.
 * {@code java -cp core/target/dyadscope.jar:CLASSES ReaderOnly FILE DATA_ROOT}. Prints rows kept, groups, seconds.
 */
public class ReaderOnly {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Path data = Path.of(args[1]);
    CameoTable cameo = CameoTable.load(data.resolve("gdelt/lookups/CAMEO.eventcodes.txt"),
        data.resolve("gdelt/lookups/CAMEO.goldsteinscale.txt"));
    ActorCode actorCodes = ActorCode.load(data.resolve("gdelt/lookups/CAMEO.type.txt"),
        data.resolve("petrarch2/dictionaries"), Countries.standard());
    Set<String> actors = Set.of("RUS", "IRN", "USA", "CHN");
    Map<String, double[]> groups = new HashMap<>();
    long[] kept = {0};
    LoadSink sink = new LoadSink() {
      @Override
      public void event(EventRow r) {
        if (actors.contains(r.actor1Country() == null ? "" : r.actor1Country())
            || actors.contains(r.actor2Country() == null ? "" : r.actor2Country())) {
          kept[0]++;
          double[] g = groups.computeIfAbsent(r.actor1Country() + "|" + r.actor2Country(), k -> new double[3]);
          g[0]++;
          g[1] += r.goldstein() == null ? 0 : r.goldstein();
          g[2] += r.avgTone() == null ? 0 : r.avgTone();
        }
      }

      @Override
      public void idealPoint(IdealPointRow r) {}

      @Override
      public void armsTransfer(ArmsTransferRow r) {}

      @Override
      public void countryGraph(org.dyadscope.store.CountryGraphRow r) {}

      @Override
      public void document(DocumentRow r) {}

      @Override
      public void quarantine(long line, String reason, String raw) {}
    };
    new GdeltReader(cameo, actorCodes).read(Path.of(args[0]), "gdelt2", "bench", sink);
    System.out.printf("dyadscope_reader kept=%d groups=%d seconds=%.3f%n", kept[0], groups.size(),
        (System.nanoTime() - t0) / 1e9);
  }
}
