package org.dyadscope.collect.documents;

import java.io.File;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF (Apache PDFBox 3), page by page in reading order ({@link
 * PDFTextStripper#setSortByPosition}), NFC-normalised. The file is read from disk through PDFBox's
 * random-access reader, not loaded into memory whole.
 *
 * <p>Refused, with the reason: a PDF that needs a password to open; an encrypted PDF whose
 * permissions forbid extracting text; a file PDFBox cannot parse (not a PDF, truncated, damaged);
 * a PDF without any text (a scan without OCR).
 */
public final class PdfText {
  private PdfText() {}

  /**
   * @throws UnreadableDocumentException with the reason, for the cases above
   */
  public static ExtractedText extract(File file) throws UnreadableDocumentException {
    try (PDDocument doc = Loader.loadPDF(file)) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new UnreadableDocumentException("encrypted PDF whose permissions forbid text extraction;"
            + " save an unrestricted copy");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = Normalizer.normalize(ExtractedText.replaceLoneSurrogates(stripper.getText(doc)),
          Normalizer.Form.NFC).strip();
      if (text.isEmpty()) {
        throw new UnreadableDocumentException("PDF of " + doc.getNumberOfPages()
            + " page(s) without a text layer (a scan?); run OCR first");
      }
      String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
      title = title == null || title.isBlank() ? null : title.strip();
      return new ExtractedText(text, title, "pdf", ExtractedText.countReplacements(text));
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("encrypted PDF (password-protected); decrypt it or remove it", e);
    } catch (IOException e) {
      throw new UnreadableDocumentException("not a readable PDF (" + e.getMessage() + ")", e);
    }
  }
}
