package org.dyadscope.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;

/**
 * One coder's labels as a gold file ({@code file, sentence_no, move, desecuritizing, sector,
 * threat_source}, tab-separated, as {@code gold/gold.tsv}), which {@code dyadscope evaluate --gold
 * FILE} scores the coder against: one row per sentence of every document in which the coder coded
 * at least one sentence, 0 and empty for its sentences the coder left uncoded (a document the coder
 * coded nothing in is not theirs: a reviewer who checked one sentence of one speech gives one
 * document's rows, not a "no move" for every sentence of the case); {@code file} is the document's {@link
 * CaseDocument#docFile}, as the gold set keys UN speeches and the reviews key every document.
 */
public final class GoldRows {
  private GoldRows() {}

  /** The rows, header first. */
  public static List<String> rows(List<CaseDocument> docs, Map<QdpxImport.SentenceRef, Labels> codings) {
    List<String> out = new ArrayList<>();
    out.add(GoldFile.HEADER);
    for (CaseDocument d : docs) {
      if (d.sentences().stream().noneMatch(s -> codings.containsKey(new QdpxImport.SentenceRef(d.docId(), s.no())))) {
        continue;
      }
      for (CaseDocument.Sentence s : d.sentences()) {
        Labels l = codings.getOrDefault(new QdpxImport.SentenceRef(d.docId(), s.no()), Labels.NONE);
        out.add(new GoldLabel(d.docFile(), s.no(), l.move(), l.desecuritizing(), l.sector(), l.threatSource()).row());
      }
    }
    return out;
  }

  /** Writes {@code rows} to {@code target} (beside it first, then moved), LF line ends. */
  public static void write(Path target, List<String> rows) throws IOException {
    AtomicFile.write(target, out -> out.write((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)));
  }
}
