package org.dyadscope.code.gold;

/**
 * One hand-coded sentence of a gold file ({@code coder1.tsv}): labels only, never the text.
 *
 * @param file corpus file name, e.g. {@code RUS_70_2015.txt}
 * @param sentenceNo 1-based sentence number (see {@code sample.tsv})
 * @param move securitizing move (CODEBOOK rule M)
 * @param desecuritizing desecuritizing move (CODEBOOK rule D)
 * @param sector sector label or empty (CODEBOOK rule S)
 * @param threatSource threat source code or empty (CODEBOOK rule T)
 */
public record GoldLabel(
    String file, int sentenceNo, boolean move, boolean desecuritizing, String sector,
    String threatSource) {
  /** This label as a line of a gold file (columns {@link GoldFile#HEADER}; move and desecuritizing 1 or 0). */
  public String row() {
    return String.join("\t", file, Integer.toString(sentenceNo), move ? "1" : "0", desecuritizing ? "1" : "0",
        sector, threatSource);
  }

  /** The key that joins a gold row to a coding: the file name without its extension. */
  public String docKey() {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }
}
