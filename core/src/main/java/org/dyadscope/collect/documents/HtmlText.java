package org.dyadscope.collect.documents;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadscope.collect.ungd.SpeechText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page (jsoup): what a reader sees in the body, with block elements
 * (paragraphs, headings, list items, table rows, {@code <br>}) on lines of their own so that a
 * heading without a full stop does not run into the next sentence. Scripts, styles and the
 * contents of {@code noscript}, {@code template}, {@code svg}, {@code iframe} and {@code head}
 * are not text.
 *
 * <p>Decoding: a byte-order mark or valid UTF-8 wins; otherwise the charset the page declares in
 * its first 2 kB ({@code <meta charset>} or {@code http-equiv} content type) when Java knows it;
 * otherwise Windows-1252 (the WHATWG encoding standard reads a "latin1" label as Windows-1252
 * too). The text is NFC-normalised.
 */
public final class HtmlText {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> HIDDEN =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "head", "object", "canvas");

  private HtmlText() {}

  /** Extracts the visible text and title of {@code bytes}, an HTML page. Never fails. */
  public static ExtractedText extract(byte[] bytes) {
    SpeechText decoded = SpeechText.decode(bytes);
    String html = decoded.text();
    String charset = decoded.charset();
    if (!charset.equals(StandardCharsets.UTF_8.name()) && !charset.startsWith("UTF-16")) {
      Charset declared = declaredCharset(bytes);
      if (declared != null) {
        html = Normalizer.normalize(new String(bytes, declared), Normalizer.Form.NFC);
        charset = declared.name();
      }
    }
    Document doc = Jsoup.parse(html);
    String title = doc.title().isBlank() ? null : doc.title().strip();
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }
    String text = visibleText(doc.body());
    return new ExtractedText(text, title, charset, ExtractedText.countReplacements(text));
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (label.equals("latin1") || label.equals("iso-8859-1") || label.equals("us-ascii")) {
      label = "windows-1252"; // WHATWG: these labels mean windows-1252
    }
    try {
      return Charset.forName(label);
    } catch (IllegalArgumentException e) {
      return null; // unknown label: keep the Windows-1252 fallback
    }
  }

  private static String visibleText(Element body) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      int hiddenDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          if (HIDDEN.contains(e.normalName()) || hiddenDepth > 0) {
            hiddenDepth++;
            return;
          }
          if (e.isBlock() || e.normalName().equals("br")) {
            newLine(out);
          }
        } else if (node instanceof TextNode t && hiddenDepth == 0) {
          String s = t.text(); // whitespace runs collapsed, as a browser shows them
          if (!s.isBlank()) {
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                && Character.isWhitespace(t.getWholeText().charAt(0))) {
              out.append(' ');
            }
            out.append(s.strip());
            if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
              out.append(' ');
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (hiddenDepth > 0) {
            hiddenDepth--;
            return;
          }
          if (e.isBlock()) {
            newLine(out);
          }
        }
      }
    }, body);
    String text = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static void newLine(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(--n);
    }
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }
}
