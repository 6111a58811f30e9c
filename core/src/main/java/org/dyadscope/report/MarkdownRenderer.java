package org.dyadscope.report;

import java.util.List;

/**
 * Renders a {@link Doc} as GitHub-flavoured Markdown; figure panels are referenced as SVG files in
 * {@code figures/} next to the Markdown file ({@link #panelFile}).
 */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  /** The file name of a figure's panel {@code i} (0-based), relative to the report folder. */
  static String panelFile(Doc.Figure f, int i) {
    return "figures/" + f.id() + (f.panels().size() == 1 ? "" : "-" + (i + 1)) + ".svg";
  }

  static String render(Doc doc) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(inline(doc.title())).append("\n\n_").append(inline(doc.subtitle())).append("_\n\n");
    for (Doc.Section s : doc.sections()) {
      b.append("- [").append(inline(s.title())).append("](#").append(s.id()).append(")\n");
    }
    for (Doc.Section s : doc.sections()) {
      b.append("\n<a id=\"").append(s.id()).append("\"></a>\n\n## ").append(inline(s.title())).append("\n\n");
      for (Doc.Block block : s.blocks()) {
        if (block instanceof Doc.Para p) {
          b.append(inline(p.text())).append("\n\n");
        } else if (block instanceof Doc.Table t) {
          table(b, t);
        } else if (block instanceof Doc.Figure f) {
          figure(b, f);
        }
      }
    }
    return b.toString();
  }

  private static void table(StringBuilder b, Doc.Table t) {
    b.append("**").append(inline(t.caption())).append("**\n\n|");
    for (String h : t.header()) {
      b.append(' ').append(cell(h)).append(" |");
    }
    b.append("\n|");
    for (int i = 0; i < t.header().size(); i++) {
      b.append(t.numeric().contains(i) ? " ---: |" : " --- |");
    }
    b.append('\n');
    for (List<String> row : t.rows()) {
      b.append('|');
      for (String c : row) {
        b.append(' ').append(cell(c)).append(" |");
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private static void figure(StringBuilder b, Doc.Figure f) {
    b.append("### ").append(inline(f.title())).append("\n\n");
    for (int i = 0; i < f.panels().size(); i++) {
      b.append("![").append(inline(f.title())).append("](").append(panelFile(f, i)).append(")\n\n");
    }
    b.append("_").append(inline(f.caption())).append("_\n\n");
  }

  /** Escapes characters Markdown would read as formatting. */
  private static String inline(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
        .replace("[", "\\[").replace("]", "\\]").replace("`", "\\`");
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|").replace("\n", "<br>");
  }
}
