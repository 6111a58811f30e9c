package org.dyadscope.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.store.Store;

/**
 * Writes a run's documents and codings as a REFI-QDA project ({@code .qdpx}: a zip holding {@code
 * project.qde} and {@code sources/GUID.txt}, one UTF-8 text with LF line ends per document) for
 * NVivo, ATLAS.ti, MAXQDA and QualCoder, or its codebook alone ({@code .qdc}). Everything is read
 * from the store; the file is written beside the target and moved into place when complete. Zip
 * entries carry a fixed time, so two exports of the same run are identical byte for byte.
 */
public final class QdpxExport {
  /** The time every zip entry carries (DOS time, no time zone): fixed, so exports compare equal. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** No reviewer codings. */
  public static final BiFunction<CaseDocument, CaseDocument.Sentence, List<Coding>> NO_REVIEWS =
      (d, s) -> List.of();

  private QdpxExport() {}

  /**
   * What an export wrote.
   *
   * @param bytes size of the file written
   * @param documents text sources
   * @param selections coded sentences (PlainTextSelection)
   * @param codings Coding elements, over all users
   * @param codes codes of the codebook, categories included
   * @param users the project's users, the automatic coder first
   */
  public record Result(long bytes, int documents, int selections, int codings, int codes, List<String> users) {}

  /**
   * Exports the documents of {@code store} that {@code filter} keeps.
   *
   * @param actorCodes the lexicon's actor codes, each a threat-source code (the codings' own are added)
   * @param reviews the reviewers' codings of a sentence ({@link #NO_REVIEWS} for none)
   * @throws SQLException when the store cannot be read
   * @throws IOException when the file cannot be written (nothing is then left at {@code target})
   */
  public static Result project(Path store, Path target, CaseDocuments.Filter filter, Collection<String> actorCodes,
      BiFunction<CaseDocument, CaseDocument.Sentence, List<Coding>> reviews, String name, String origin)
      throws SQLException, IOException {
    List<CaseDocument> docs;
    try (Store s = Store.openReadOnly(store)) {
      docs = CaseDocuments.read(s.connection(), filter);
    }
    Set<String> sources = new TreeSet<>(actorCodes);
    Set<String> machines = new TreeSet<>();
    Set<String> reviewers = new TreeSet<>();
    int[] counts = new int[2];
    BiFunction<CaseDocument, CaseDocument.Sentence, List<Coding>> codings = (d, sen) -> {
      List<Coding> all = new ArrayList<>();
      all.add(new Coding(Coding.machineUser(sen.lexicon()), sen.machine()));
      all.addAll(reviews.apply(d, sen));
      return all;
    };
    for (CaseDocument d : docs) {
      for (CaseDocument.Sentence sen : d.sentences()) {
        List<Coding> cs = codings.apply(d, sen);
        for (Coding c : cs) {
          sources.add(c.labels().threatSource());
          if (!c.labels().isEmpty()) {
            (Coding.isMachine(c.user()) ? machines : reviewers).add(c.user());
          }
        }
        if (cs.stream().anyMatch(c -> !c.labels().isEmpty())) {
          counts[0]++;
        }
      }
    }
    sources.remove("");
    Codebook book = Codebook.of(sources);
    for (CaseDocument d : docs) {
      for (CaseDocument.Sentence sen : d.sentences()) {
        for (Coding c : codings.apply(d, sen)) {
          counts[1] += book.codes(c.labels()).size();
        }
      }
    }
    List<String> users = new ArrayList<>(new LinkedHashSet<>(machines));
    users.addAll(reviewers);
    String description = "Exported by " + origin + " from " + store.toAbsolutePath().getFileName() + ": "
        + docs.size() + " documents, " + counts[0] + " coded sentences (one selection each), " + counts[1]
        + " codings. Positions count Unicode code points from 0, end exclusive.";
    long bytes = AtomicFile.write(target, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        entry(zip, "project.qde");
        ProjectWriter.project(zip, name, origin, description, users, book, docs, codings);
        zip.closeEntry();
        for (CaseDocument d : docs) {
          entry(zip, "sources/" + ProjectWriter.sourceGuid(d.docId()) + ".txt");
          zip.write(PlainText.of(d.text()).lf().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
    });
    return new Result(bytes, docs.size(), counts[0], counts[1], count(book.roots()), List.copyOf(users));
  }

  /**
   * Writes the codebook alone ({@code .qdc}, valid against {@code Codebook.xsd}).
   *
   * @return the number of codes written, categories included
   */
  public static int codebook(Path target, Collection<String> actorCodes, String origin) throws IOException {
    Codebook book = Codebook.of(actorCodes);
    AtomicFile.write(target, out -> ProjectWriter.codebook(out, origin, book));
    return count(book.roots());
  }

  static int count(List<Codebook.Code> codes) {
    return codes.stream().mapToInt(c -> 1 + count(c.children())).sum();
  }

  private static void entry(ZipOutputStream zip, String name) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(e);
  }
}
