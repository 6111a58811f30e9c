package org.dyadscope.code.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;

/**
 * Codes the UN General Debate speeches a gold sample draws from, read from the data root exactly
 * as the {@code ungd} reader reads them, so gold sentence numbers line up with the coder's.
 */
public final class GoldCorpus {
  private GoldCorpus() {}

  /**
   * @param sampleFile the gold {@code sample.tsv} (file, sentence_no, ...)
   * @param ungdDir folder holding the speeches ({@code <data>/ungd})
   * @return every sentence coding of every speech the sample names
   * @throws IOException when a speech named in the sample is missing or unreadable; the message
   *     names the file
   */
  public static List<SentenceCoding> code(DocumentCoder coder, Path sampleFile, Path ungdDir) throws IOException {
    Set<String> files = new LinkedHashSet<>();
    for (SampleRow r : GoldFile.readSample(sampleFile)) {
      files.add(r.file());
    }
    return code(coder, files, ungdDir, sampleFile.toString());
  }

  /**
   * Codes the speeches {@code files} ({@code ISO3_session_year.txt} names) as {@link #code(DocumentCoder, Path, Path)}.
   *
   * @param namedIn where the names come from, for messages (e.g. the review file)
   * @throws IOException naming the file when a name is not a speech's or the speech is missing or unreadable
   */
  public static List<SentenceCoding> code(DocumentCoder coder, Collection<String> files, Path ungdDir, String namedIn)
      throws IOException {
    List<SentenceCoding> out = new ArrayList<>();
    for (String f : files) {
      UngdFileName n = UngdFileName.parse(f)
          .orElseThrow(() -> new IOException(namedIn + ": '" + f + "' is not an ISO3_session_year.txt name"));
      Path p = ungdDir.resolve(f);
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": speech named in " + namedIn + " not found; pass --data with the folder holding ungd/");
      }
      String text = SpeechText.decode(Files.readAllBytes(p)).text();
      out.addAll(coder.code(text, n.speaker(), String.valueOf(n.year()), n.docId()));
    }
    return out;
  }
}
