package org.dyadscope.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.dyadscope.store.Store;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a REFI-QDA project coded by a person onto a case's sentences and codebook. A text source is
 * a case document when its text, line ends made LF, equals the document's (and, when several
 * documents have that text, its name is the document's id, as exported). A selection codes each
 * sentence it lies within (a phrase codes its sentence) and each sentence it covers by at least
 * half; positions are code points of the source's text as stored (CR LF counting two), converted
 * to the store's UTF-16 offsets. A code is known by its GUID or its path of names ({@link
 * Codebook}); an unknown code, an unmatched source or selection, and a sentence given two sectors or
 * two threat sources by one coder are reported, never guessed.
 */
public final class QdpxImport {
  private QdpxImport() {}

  /** A sentence of the case. */
  public record SentenceRef(String docId, int sentenceNo) {}

  /**
   * What the project says.
   *
   * @param codings per coder (user name), the labels of each sentence the coder coded
   * @param documents the case documents the project's sources matched, in the project's order
   * @param problems what could not be mapped, one line each
   * @param sources text sources read
   * @param selections text selections read
   * @param selectionsMapped selections mapped to at least one sentence
   * @param codingsRead codings read (one per code reference)
   * @param codingsMapped codings of a known code on a mapped selection
   */
  public record Result(Map<String, Map<SentenceRef, Labels>> codings, List<CaseDocument> documents,
      List<String> problems, int sources, int selections, int selectionsMapped, int codingsRead,
      int codingsMapped) {}

  /**
   * Reads {@code qdpx} and maps it onto the documents of {@code store}, with a codebook of the
   * threat sources {@code actorCodes} and those the store's codings name.
   *
   * @param xsd {@code Project.xsd} to validate against, or null
   * @throws IOException when the package is refused or unreadable ({@link ProjectReader})
   * @throws SchemaCheck.Invalid when {@code project.qde} fails the schema
   * @throws SQLException when the store cannot be read
   */
  public static Result read(Path qdpx, Path store, Path xsd, Collection<String> actorCodes)
      throws IOException, SchemaCheck.Invalid, SQLException {
    QdpxProject project = ProjectReader.read(qdpx, xsd);
    List<CaseDocument> docs;
    try (Store s = Store.openReadOnly(store)) {
      docs = CaseDocuments.read(s.connection(), CaseDocuments.Filter.ALL);
    }
    Set<String> sources = new TreeSet<>(actorCodes);
    docs.forEach(d -> d.sentences().forEach(s -> sources.add(s.machine().threatSource())));
    sources.remove("");
    return map(project, docs, Codebook.of(sources));
  }

  /** Maps {@code project} onto {@code docs} (the case's documents) and {@code book}. */
  public static Result map(QdpxProject project, List<CaseDocument> docs, Codebook book) {
    Map<String, List<CaseDocument>> byText = new HashMap<>();
    for (CaseDocument d : docs) {
      byText.computeIfAbsent(PlainText.of(d.text()).lf(), t -> new ArrayList<>()).add(d);
    }
    List<String> problems = new ArrayList<>();
    if (project.otherSources() > 0) {
      problems.add(project.otherSources() + " PDF, picture, audio or video sources: only text sources map to sentences");
    }
    Map<String, Integer> unknownCodes = new TreeMap<>();
    Map<String, Map<SentenceRef, List<Labels>>> raw = new LinkedHashMap<>();
    List<CaseDocument> matched = new ArrayList<>();
    int selections = 0;
    int selectionsMapped = 0;
    int codingsRead = 0;
    int codingsMapped = 0;
    for (QdpxProject.Source s : project.sources()) {
      selections += s.selections().size();
      for (QdpxProject.Selection sel : s.selections()) {
        codingsRead += sel.codings().size();
      }
      PlainText source = PlainText.of(s.text());
      List<CaseDocument> same = byText.getOrDefault(source.lf(), List.of());
      // one text can be several documents (a title-index entry recurs on other days): the name decides
      List<CaseDocument> named = same.stream().filter(d -> d.docId().equals(s.name())).toList();
      CaseDocument doc = same.size() == 1 ? same.get(0) : named.size() == 1 ? named.get(0) : null;
      if (doc == null) {
        problems.add("source '" + s.name() + "': its text matches " + (same.isEmpty() ? "no document of the case"
            : same.size() + " documents of the case and its name none of them") + "; its " + s.selections().size()
            + " selections are not imported");
        continue;
      }
      matched.add(doc);
      if (s.wholeSourceCodings() > 0) {
        problems.add("source '" + s.name() + "': " + s.wholeSourceCodings()
            + " codings of the whole source, not of a selection: not imported (code sentences instead)");
      }
      PlainText stored = PlainText.of(doc.text());
      for (QdpxProject.Selection sel : s.selections()) {
        List<CaseDocument.Sentence> hit;
        try {
          int a = source.lfOffset(PlainText.utf16(s.text(), sel.start()));
          int b = source.lfOffset(PlainText.utf16(s.text(), sel.end()));
          hit = sentences(doc, stored, a, b);
        } catch (IllegalArgumentException e) {
          problems.add("source '" + s.name() + "', selection " + sel.guid() + " [" + sel.start() + ", " + sel.end()
              + "): " + e.getMessage() + "; not imported");
          continue;
        }
        if (hit.isEmpty()) {
          problems.add("source '" + s.name() + "', selection " + sel.guid() + " [" + sel.start() + ", " + sel.end()
              + "): lies in no sentence and covers none by half; not imported");
          continue;
        }
        selectionsMapped++;
        for (QdpxProject.CodeRef ref : sel.codings()) {
          Labels meaning = meaning(project, book, ref.code());
          if (meaning == null) {
            List<String> path = project.codes().get(ref.code());
            unknownCodes.merge(path == null ? "GUID " + ref.code() + " (not in the codebook)"
                : "'" + String.join("/", path) + "'", 1, Integer::sum);
            continue;
          }
          codingsMapped++;
          String user = project.users().getOrDefault(ref.user(), ref.user().isEmpty() ? "unnamed coder" : ref.user());
          for (CaseDocument.Sentence sen : hit) {
            raw.computeIfAbsent(user, u -> new LinkedHashMap<>())
                .computeIfAbsent(new SentenceRef(doc.docId(), sen.no()), k -> new ArrayList<>()).add(meaning);
          }
        }
      }
    }
    unknownCodes.forEach((code, n) -> problems.add("code " + code + ": " + n
        + " codings of a code the codebook does not know; not imported (map it to a codebook code in the tool)"));
    Map<String, Map<SentenceRef, Labels>> codings = new LinkedHashMap<>();
    raw.forEach((user, bySentence) -> {
      Map<SentenceRef, Labels> out = new LinkedHashMap<>();
      bySentence.forEach((ref, list) -> {
        try {
          out.put(ref, list.stream().reduce(Labels.NONE, Labels::with));
        } catch (IllegalArgumentException e) {
          problems.add(user + ": " + ref.docId() + " sentence " + ref.sentenceNo() + " is given " + e.getMessage()
              + "; not imported (the store holds one of each per sentence)");
        }
      });
      codings.put(user, out);
    });
    return new Result(codings, matched, problems, project.sources().size(), selections, selectionsMapped,
        codingsRead, codingsMapped);
  }

  private static Labels meaning(QdpxProject project, Codebook book, String guid) {
    Labels m = book.meaning(guid);
    List<String> path = project.codes().get(guid);
    return m != null || path == null ? m : book.meaning(Codebook.guid(path));
  }

  /** The sentences of {@code doc} that the LF offsets [a, b) lie within or cover by at least half. */
  private static List<CaseDocument.Sentence> sentences(CaseDocument doc, PlainText stored, int a, int b) {
    String lf = stored.lf();
    while (a < b && Character.isWhitespace(lf.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(lf.charAt(b - 1))) {
      b--;
    }
    List<CaseDocument.Sentence> out = new ArrayList<>();
    for (CaseDocument.Sentence s : doc.sentences()) {
      int sa = stored.lfOffset(s.start());
      int sb = stored.lfOffset(s.end());
      int overlap = Math.min(b, sb) - Math.max(a, sa);
      boolean within = a >= sa && b <= sb && b > a;
      if (within || (overlap > 0 && 2 * overlap >= sb - sa)) {
        out.add(s);
      }
    }
    return out;
  }
}
