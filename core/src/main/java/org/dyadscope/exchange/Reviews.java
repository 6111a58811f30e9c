package org.dyadscope.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.review.Hashes;
import org.dyadscope.review.Review;
import org.dyadscope.review.ReviewLog;

/**
 * The analysts' reviews ({@code reviews.tsv} beside the store, {@link ReviewLog}) on both sides of
 * an exchange: on export, each reviewer's latest review of a sentence becomes that reviewer's
 * codings, when the review still names the sentence: the document by its text key ({@code
 * doc_sha256}; by {@code doc_file} when the review has none) and the sentence by number and
 * SHA-256 (a re-run that split the text differently leaves it out, counted); on import, a person's coding
 * becomes reviews of source {@code qdpx:FILE}.
 */
public final class Reviews {
  private final Map<String, List<Review>> bySentence = new HashMap<>();
  private final int total;
  private int current;

  private Reviews(List<Review> latest) {
    total = latest.size();
    for (Review r : latest) {
      String doc = r.docSha256().isEmpty() ? "file:" + r.docFile() : "text:" + r.docSha256();
      bySentence.computeIfAbsent(doc + "#" + r.sentenceNo(), k -> new ArrayList<>()).add(r);
    }
  }

  /** The latest review per reviewer and sentence of {@code rows} (file order). */
  public static Reviews of(List<Review> rows) {
    return new Reviews(ReviewLog.latest(rows));
  }

  /** The reviewers' codings of sentence {@code s} of {@code d}; call once per sentence (it counts them). */
  public List<Coding> codings(CaseDocument d, CaseDocument.Sentence s) {
    List<Coding> out = new ArrayList<>();
    String sha = Hashes.sha256(s.text());
    List<Review> reviews = new ArrayList<>(bySentence.getOrDefault("text:" + d.textKey() + "#" + s.no(), List.of()));
    reviews.addAll(bySentence.getOrDefault("file:" + d.docFile() + "#" + s.no(), List.of()));
    for (Review r : reviews) {
      if (r.sentenceSha256().equals(sha)) {
        out.add(new Coding(r.reviewer(), new Labels(r.move(), r.desecuritizing(), r.sector(), r.threatSource())));
        current++;
      }
    }
    return out;
  }

  /** Reviews read (latest per reviewer and sentence). */
  public int total() {
    return total;
  }

  /** Reviews that named a sentence of the export as it stands. */
  public int current() {
    return current;
  }

  /**
   * A person's coding as reviews, one per sentence of {@code docs} that the person or the machine
   * coder coded, with the coder's labels beside it.
   *
   * @param source where the reviews come from, {@code qdpx:FILE}
   */
  public static List<Review> imported(String reviewer, List<CaseDocument> docs,
      Map<QdpxImport.SentenceRef, Labels> codings, String source, Instant at) {
    List<Review> out = new ArrayList<>();
    for (CaseDocument d : docs) {
      for (CaseDocument.Sentence s : d.sentences()) {
        Labels l = codings.getOrDefault(new QdpxImport.SentenceRef(d.docId(), s.no()), Labels.NONE);
        Labels m = s.machine();
        if (l.isEmpty() && m.isEmpty()) {
          continue;
        }
        out.add(new Review(at, reviewer, d.docFile(), d.textKey(), s.no(), Hashes.sha256(s.text()), l.move(),
            l.desecuritizing(), l.sector(), l.threatSource(), m.move(), m.desecuritizing(), m.sector(),
            m.threatSource(), source, ""));
      }
    }
    return out;
  }
}
