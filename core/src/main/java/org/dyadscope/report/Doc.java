package org.dyadscope.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as a small document tree that both the HTML and the Markdown renderer walk, so the two
 * carry the same text, tables and figures.
 *
 * @param title report title
 * @param subtitle one line under the title
 * @param sections sections in order
 */
record Doc(String title, String subtitle, List<Section> sections) {
  /** A titled section with an anchor id. */
  record Section(String id, String title, List<Block> blocks) {}

  /** A piece of section content. */
  sealed interface Block permits Para, Table, Figure {}

  /** A paragraph of plain text (renderers escape it). */
  record Para(String text) implements Block {}

  /**
   * A table of display strings.
   *
   * @param caption text above the table
   * @param header column titles
   * @param rows cells as text
   * @param numeric columns aligned right
   */
  record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numeric)
      implements Block {}

  /**
   * A figure: one or more SVG panels and a caption stating sources, rows and missing data.
   *
   * @param id file-name-safe id, e.g. {@code dyad-RUS-IRN}
   * @param title figure title
   * @param panels standalone SVG documents
   * @param caption sources, row counts and missing data
   */
  record Figure(String id, String title, List<String> panels, String caption) implements Block {}

  /** Every figure of the document, in order. */
  List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    for (Section s : sections) {
      for (Block b : s.blocks) {
        if (b instanceof Figure f) {
          out.add(f);
        }
      }
    }
    return out;
  }
}
