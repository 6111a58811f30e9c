package org.dyadscope.code.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The word tokenizer used for lexicon matching, on both the sentences and the lexicon phrases, so
 * that a phrase matches exactly when its token sequence occurs.
 *
 * <p>Rules (chosen for predictability and speed; no model):
 *
 * <ul>
 *   <li>a token is a maximal run of letters, digits and combining marks, in folded form (lower
 *       case, typographic apostrophes folded; see {@link TextFold});
 *   <li>an apostrophe between two letters starts a clitic token: {@code Iran's} gives {@code iran}
 *       and {@code 's}. Contractions get the keys of their full words, so the lexicon's "not",
 *       "will", "are", "have" and "am" match them, with straight and typographic apostrophes
 *       alike: {@code doesn't} gives {@code does} and {@code not}, {@code won't} {@code will} and
 *       {@code not}, {@code can't} {@code can} and {@code not}, {@code we'll} {@code we} and
 *       {@code will} ({@link #CLITICS}, {@link #NEGATED_STEMS}); such a key differs from its folded
 *       text, the offsets still slice what is written. Other apostrophes and all other punctuation
 *       separate tokens and are dropped;
 *   <li>hyphens separate tokens, so {@code non-proliferation}, {@code non proliferation} and a
 *       compound broken across a line ({@code non-\nproliferation}) all give {@code non},
 *       {@code proliferation};
 *   <li>a clause mark between two tokens sets {@link Token#clauseBreakBefore} on the second.
 * </ul>
 */
public final class Tokenizer {
  /** Clitic keys read as the word they contract; "'s" (is, has or the possessive) and "'d" (had or
   * would) stay as written because they are ambiguous. */
  private static final Map<String, String> CLITICS =
      Map.of("'t", "not", "'ll", "will", "'re", "are", "'ve", "have", "'m", "am");
  /** Stems before "n't" whose full word is not the stem itself ("wo" of "won't"). */
  private static final Map<String, String> NEGATED_STEMS = Map.of("wo", "will", "ca", "can", "sha", "shall");

  private char[] buf = new char[256];

  /**
   * Tokenizes {@code text[from, to)}.
   *
   * @return tokens with offsets into {@code text}
   */
  public List<Token> tokenize(CharSequence text, int from, int to) {
    int n = to - from;
    if (buf.length < n) {
      buf = new char[Math.max(n, buf.length * 2)];
    }
    TextFold.fold(text, from, to, buf);
    List<Token> out = new ArrayList<>(n / 5 + 1);
    boolean brk = false;
    int i = 0;
    while (i < n) {
      char c = buf[i];
      if (isWordChar(c)) {
        int s = i;
        while (i < n && isWordChar(buf[i])) {
          i++;
        }
        out.add(new Token(new String(buf, s, i - s), from + s, from + i, brk));
        brk = false;
        // clitic: apostrophe between letters
        if (i + 1 < n && buf[i] == '\'' && Character.isLetter(buf[i + 1])
            && Character.isLetter(buf[i - 1])) {
          int cs = i;
          i++;
          while (i < n && isWordChar(buf[i])) {
            i++;
          }
          String clitic = new String(buf, cs, i - cs);
          if (clitic.equals("'t")) {
            expandNegatedStem(out);
          }
          out.add(new Token(CLITICS.getOrDefault(clitic, clitic), from + cs, from + i, false));
        }
      } else {
        if (isClauseMark(text, from, buf, i, n)) {
          brk = true;
        }
        i++;
      }
    }
    return out;
  }

  /** "doesn" of "doesn't" becomes "does", "won" becomes "will": the word before "not". */
  private static void expandNegatedStem(List<Token> out) {
    Token last = out.get(out.size() - 1);
    String key = last.key();
    if (key.length() > 1 && key.endsWith("n")) {
      String stem = key.substring(0, key.length() - 1);
      out.set(out.size() - 1,
          new Token(NEGATED_STEMS.getOrDefault(stem, stem), last.start(), last.end(), last.clauseBreakBefore()));
    }
  }

  /** Tokenizes a whole string (used for lexicon phrases). */
  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isClauseMark(CharSequence text, int from, char[] b, int i, int n) {
    switch (b[i]) {
      case ',': case ';': case ':': case '(': case ')': case '[': case ']': case '"':
      case '.': case '?': case '!':
        return true;
      case '-':
        char original = text.charAt(from + i);
        if (original == '\u2013' || original == '\u2014' || original == '\u2015') {
          return true; // en, em and horizontal-bar dashes are always punctuation
        }
        // a hyphen used as a dash: spaced on both sides, or doubled; a hyphen at a line end is a
        // compound broken across lines
        boolean spacedBefore = i == 0 || b[i - 1] == ' ';
        boolean spacedAfter = i + 1 >= n || b[i + 1] == ' ';
        return (spacedBefore && spacedAfter) || (i + 1 < n && b[i + 1] == '-');
      default:
        return false;
    }
  }
}
