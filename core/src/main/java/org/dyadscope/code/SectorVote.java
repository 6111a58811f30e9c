package org.dyadscope.code;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.Sector;

/**
 * Rule 5, the sector (CODEBOOK.md S: the sector of the threat for a move, of the issue
 * desecuritized otherwise), by votes. Moves: each unnegated threat term's sector 4 (strong) or 2
 * (weak), the threat source's sector (armed groups: military) 2, each measure 1. Desecuritizing
 * sentences without a move: each desecuritization cue's sector 2, each threat term's (negated or
 * not) 1. Both: each referent and sector cue 1. The highest wins; ties go to the order of {@link
 * Sector} (military, political, economic, societal, environmental); a coded sentence without any
 * vote is military (generic peace and security).
 */
final class SectorVote {
  private final Map<Sector, Integer> votes = new EnumMap<>(Sector.class);

  /** Votes for a move. */
  SectorVote move(List<Match> threats, List<Match> urgencies, Sector sourceSector) {
    for (Match t : threats) {
      vote(t.entry(Category.THREAT).sector(), ThreatTerms.strong(t) ? 4 : 2);
    }
    urgencies.forEach(m -> vote(m.entry(Category.URGENCY).sector(), 1));
    vote(sourceSector, 2);
    return this;
  }

  /** Votes for a desecuritizing sentence that is no move. */
  SectorVote desecuritization(List<Match> desecUsed, List<Match> negatedThreats, List<Match> threats) {
    desecUsed.forEach(m -> vote(m.entry(Category.DESECURITIZATION).sector(), 2));
    negatedThreats.forEach(m -> vote(m.entry(Category.THREAT).sector(), 1));
    threats.forEach(m -> vote(m.entry(Category.THREAT).sector(), 1));
    return this;
  }

  /** Adds the votes of both kinds, then picks the winner. */
  Sector winner(List<Match> referents, List<Match> sectorCues) {
    referents.forEach(m -> vote(m.entry(Category.REFERENT).sector(), 1));
    sectorCues.forEach(m -> vote(m.entry(Category.SECTOR).sector(), 1));
    Sector best = null;
    int bestVotes = 0;
    for (Sector s : Sector.values()) {
      int n = votes.getOrDefault(s, 0);
      if (n > bestVotes) {
        best = s;
        bestVotes = n;
      }
    }
    return best == null ? Sector.MILITARY : best;
  }

  private void vote(Sector s, int n) {
    if (s != null) {
      votes.merge(s, n, Integer::sum);
    }
  }
}
