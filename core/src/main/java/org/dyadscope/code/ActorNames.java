package org.dyadscope.code;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Words;
import org.dyadscope.code.text.Token;

/**
 * Actor names that a phrase alone reads wrongly, corrected after matching by their neighbour
 * (capitalisation is checked in the matcher: {@link LexiconEntry#capitalised}):
 *
 * <ul>
 *   <li>a compass word that is an actor ("West", "Western": {@code compass} in {@code words.tsv})
 *       right before a region ("West Asia", "West Africa", "the Western Balkans") is part of the
 *       region's name and names no actor; the region stays;
 *   <li>a state's name right after a title or given name ({@code person_names}: "Michael Jordan",
 *       "Mr. Chad") is part of a person's name and names no state.
 * </ul>
 *
 * The actor entry is dropped from such a match; a match with no other entry is dropped whole.
 */
final class ActorNames {
  private ActorNames() {}

  /**
   * The matches with the actor readings above removed.
   *
   * @param matches non-overlapping matches in token order
   * @param tokens the sentence's tokens
   * @return {@code matches} itself when nothing is corrected, else a new list, in token order
   */
  static List<Match> correct(List<Match> matches, List<Token> tokens, Words words) {
    List<Match> out = null; // allocated at the first correction: most sentences have none
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      LexiconEntry a = m.entry(Category.ACTOR);
      boolean wrong = a != null
          && (compassBeforeRegion(m, a, i + 1 < matches.size() ? matches.get(i + 1) : null, tokens, words)
              || personName(m, a, tokens, words));
      if (wrong && out == null) {
        out = new ArrayList<>(matches.subList(0, i));
      }
      if (!wrong) {
        if (out != null) {
          out.add(m);
        }
      } else {
        List<LexiconEntry> rest = new ArrayList<>(m.entries());
        rest.remove(a);
        if (!rest.isEmpty()) {
          out.add(new Match(m.from(), m.to(), m.start(), m.end(), List.copyOf(rest)));
        }
      }
    }
    return out == null ? matches : out;
  }

  private static boolean compassBeforeRegion(Match m, LexiconEntry a, Match next, List<Token> tokens, Words words) {
    if (next == null || next.from() != m.to() || tokens.get(next.from()).clauseBreakBefore() || m.length() != 1
        || !words.contains(WordList.COMPASS, tokens.get(m.from()).key())) {
      return false;
    }
    LexiconEntry region = next.entry(Category.ACTOR);
    return region != null && region.attr() == Attribute.REGION && a.attr() != Attribute.REGION;
  }

  private static boolean personName(Match m, LexiconEntry a, List<Token> tokens, Words words) {
    int k = m.from() - 1;
    return a.attr() == Attribute.STATE && k >= 0 && words.contains(WordList.PERSON_NAMES, tokens.get(k).key());
  }
}
