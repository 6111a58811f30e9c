package org.dyadscope.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * One coder's labels as a gold file ({@code file, sentence_no, move, desecuritizing, sector,
 * threat_source}, tab-separated, as {@code gold/gold.tsv}), which {@code dyadscope evaluate --gold
 * FILE} scores the coder against: one row per sentence of every document the coder's project
 * holds, 0 and empty where the coder coded nothing. A document is keyed by its file name, as the
 * gold set keys UN speeches; documents sharing a file name (entries of one title index) cannot be
 * told apart that way and are left out, each reported.
 */
public final class GoldRows {
  public static final String HEADER = "file\tsentence_no\tmove\tdesecuritizing\tsector\tthreat_source";

  private GoldRows() {}

  /**
   * The rows, header first.
   *
   * @param problems receives a line per file name that several documents share (their sentences left out)
   */
  public static List<String> rows(List<CaseDocument> docs, Map<QdpxImport.SentenceRef, Labels> codings,
      List<String> problems) {
    Map<String, List<CaseDocument>> perFile = new TreeMap<>();
    docs.forEach(d -> perFile.computeIfAbsent(d.fileName(), f -> new ArrayList<>()).add(d));
    perFile.forEach((file, shared) -> {
      if (shared.size() > 1) {
        problems.add(file + ": " + shared.size() + " documents of the project share this file name (" + shared.get(0)
            .docId() + " ...: entries of a title index); gold rows key a sentence by file name, so their "
            + shared.stream().mapToInt(d -> d.sentences().size()).sum() + " sentences are left out");
      }
    });
    List<String> out = new ArrayList<>();
    out.add(HEADER);
    for (CaseDocument d : docs) {
      if (perFile.get(d.fileName()).size() > 1) {
        continue;
      }
      for (CaseDocument.Sentence s : d.sentences()) {
        Labels l = codings.getOrDefault(new QdpxImport.SentenceRef(d.docId(), s.no()), Labels.NONE);
        out.add(String.join("\t", d.fileName(), Integer.toString(s.no()), l.move() ? "1" : "0",
            l.desecuritizing() ? "1" : "0", l.sector(), l.threatSource()));
      }
    }
    return out;
  }

  /** Writes {@code rows} to {@code target} (beside it first, then moved), LF line ends. */
  public static void write(Path target, List<String> rows) throws IOException {
    AtomicFile.write(target, out -> out.write((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)));
  }
}
