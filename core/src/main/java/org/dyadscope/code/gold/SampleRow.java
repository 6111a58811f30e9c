package org.dyadscope.code.gold;

/**
 * One sentence drawn for hand coding: where it is, never what it says (the text stays in the
 * corpus folder).
 *
 * @param file corpus file name, e.g. {@code RUS_70_2015.txt}
 * @param sentenceNo 1-based sentence number by {@link org.dyadscope.code.text.SentenceSplitter}
 * @param start char offset of the sentence in the decoded, BOM-free, NFC text
 * @param end offset after the sentence
 * @param split {@code dev} (may be read while writing lexicons), {@code test} (held out) or
 *     {@code test1} to {@code test7} (earlier rounds' retired held-out splits; see {@link GoldSampler})
 * @param speaker speaker code from the file name
 * @param year year from the file name
 */
public record SampleRow(
    String file, int sentenceNo, int start, int end, String split, String speaker, int year) {
  /** Header of {@code sample.tsv}. */
  public static final String HEADER = "file\tsentence_no\tstart\tend\tsplit\tspeaker\tyear";

  /** This row as a {@code sample.tsv} line. */
  public String toTsv() {
    return file + "\t" + sentenceNo + "\t" + start + "\t" + end + "\t" + split + "\t" + speaker
        + "\t" + year;
  }

  /** Parses a {@code sample.tsv} line (not the header). */
  public static SampleRow parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 7) {
      throw new IllegalArgumentException("sample row needs 7 tab-separated fields ("
          + HEADER.replace('\t', ',') + "), found " + f.length + ": " + line);
    }
    return new SampleRow(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
        Integer.parseInt(f[3]), f[4], f[5], Integer.parseInt(f[6]));
  }
}
