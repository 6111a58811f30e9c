package org.dyadscope.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import reads of a REFI-QDA project: its users, its codes and its text sources with their
 * selections and codings.
 *
 * @param users user GUID (lower case) to name
 * @param codes code GUID (lower case) to the code's path of names from the top of the codebook
 * @param sources the text sources, in document order
 * @param otherSources PDF, picture, audio and video sources, which an import cannot map to sentences
 */
public record QdpxProject(Map<String, String> users, Map<String, List<String>> codes, List<Source> sources,
    int otherSources) {

  /**
   * A text source.
   *
   * @param name as the tool names it
   * @param text its plain text as stored in the package (line ends as written)
   * @param selections its text selections
   * @param wholeSourceCodings codings of the whole source (not of a selection), which an import reports
   */
  public record Source(String name, String text, List<Selection> selections, int wholeSourceCodings) {}

  /**
   * A coded stretch of a source's text.
   *
   * @param start code-point position from 0 in the source's text
   * @param end code-point position after the stretch
   * @param codings its codings
   */
  public record Selection(String guid, int start, int end, List<CodeRef> codings) {}

  /**
   * One coding of a selection.
   *
   * @param code the code's GUID, lower case
   * @param user the coding user's GUID, lower case; empty when the project names none
   */
  public record CodeRef(String code, String user) {}
}
