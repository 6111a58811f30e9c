package org.dyadscope.report;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.measure.DedupTotal;
import org.dyadscope.measure.Measurements;

/** The table of raw against de-duplicated dyad events per source, with the rows behind the gaps in means. */
final class DedupTable {
  private DedupTable() {}

  static Doc.Block of(Measurements m) {
    List<DedupTotal> totals = m.dedupTotals();
    if (totals.isEmpty()) {
      return new Doc.Para("No source has events of the case dyads in the period.");
    }
    List<List<String>> rows = new ArrayList<>();
    for (DedupTotal t : totals) {
      String kept = t.keptPercent() == null ? "—" : Num.count(t.keptPercent()) + " %";
      rows.add(List.of(t.source(), t.dyad().toString(), Num.count(t.events()), Num.count(t.eventsDedup()),
          kept, Num.count(t.noGoldstein()), Num.count(t.citation())));
    }
    long uncovered = m.dyadEventsUncovered();
    return new Doc.Table("Dyad events over the case period, raw and de-duplicated (policy "
        + m.dedup().id() + "; the monthly and yearly numbers are in the series CSV, columns events and"
        + " events_dedup). No Goldstein = events without a score, left out of the means; citation ="
        + " events whose SOURCEURL names a source without a web address (e.g. BBC Monitoring), never"
        + " merged by the url policy."
        + (uncovered == 0 ? "" : " " + Captions.uncovered(uncovered, "event") + " (per source in the dyad captions)."),
        List.of("Source", "Dyad", "Raw", "De-duplicated", "Kept", "No Goldstein", "Citation"), rows,
        List.of(2, 3, 4, 5, 6));
  }
}
