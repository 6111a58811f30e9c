package org.dyadscope.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
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
   * @param reviews the reviewers' codings of a sentence ({@link #NO_REVIEWS} for none), asked once per sentence
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
    // each sentence's codings once: the machine coder's, then the reviewers'
    Map<CaseDocument.Sentence, List<Coding>> bySentence = new IdentityHashMap<>();
    Set<String> sources = new TreeSet<>(actorCodes);
    Set<String> machines = new TreeSet<>();
    Set<String> reviewers = new TreeSet<>();
    int selections = 0;
    for (CaseDocument d : docs) {
      for (CaseDocument.Sentence sen : d.sentences()) {
        List<Coding> cs = new ArrayList<>();
        cs.add(new Coding(Coding.machineUser(sen.lexicon()), sen.machine()));
        cs.addAll(reviews.apply(d, sen));
        bySentence.put(sen, cs);
        for (Coding c : cs) {
          sources.add(c.labels().threatSource());
          if (!c.labels().isEmpty()) {
            (Coding.isMachine(c.user()) ? machines : reviewers).add(c.user());
          }
        }
        if (cs.stream().anyMatch(c -> !c.labels().isEmpty())) {
          selections++;
        }
      }
    }
    sources.remove("");
    Codebook book = Codebook.of(sources);
    int codings = 0;
    for (List<Coding> cs : bySentence.values()) {
      for (Coding c : cs) {
        codings += book.codes(c.labels()).size();
      }
    }
    List<String> users = new ArrayList<>(new LinkedHashSet<>(machines));
    users.addAll(reviewers);
    String description = "Exported by " + origin + " from " + store.toAbsolutePath().getFileName() + ": "
        + docs.size() + " documents, " + selections + " coded sentences (one selection each), " + codings
        + " codings. Positions count Unicode code points from 0, end exclusive.";
    long bytes = AtomicFile.write(target, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        entry(zip, "project.qde");
        ProjectWriter.project(zip, name, origin, description, users, book, docs, (d, sen) -> bySentence.get(sen));
        zip.closeEntry();
        for (CaseDocument d : docs) {
          entry(zip, "sources/" + ProjectWriter.sourceGuid(d.docId()) + ".txt");
          zip.write(PlainText.of(d.text()).lf().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
    });
    return new Result(bytes, docs.size(), selections, codings, count(book.roots()), List.copyOf(users));
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
