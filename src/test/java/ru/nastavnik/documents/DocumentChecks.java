package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Opens a generated Word document with Apache POI and checks the layout every official document
 * shares (ГОСТ Р 7.0.97-2016 as {@link OfficialDocx} sets it). Also keeps a copy under
 * {@code target/documents} to look at.
 */
public final class DocumentChecks {

  private DocumentChecks() {}

  public static XWPFDocument open(byte[] docx, String keepAs) {
    keep(docx, keepAs);
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a copy of a generated file under {@code target/documents} to look at. */
  public static void keep(byte[] content, String name) {
    try {
      Path dir = Path.of("target", "documents");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(XWPFDocument doc) {
    // not closed: closing the extractor closes the document
    @SuppressWarnings("resource")
    XWPFWordExtractor extractor = new XWPFWordExtractor(doc);
    return extractor.getText();
  }

  /** A4, the margins, Times New Roman everywhere, page numbers from the second page. */
  public static void assertOfficialLayout(XWPFDocument doc) {
    CTSectPr first = firstSection(doc);
    assertThat(twips(first.getPgSz().getW())).isEqualTo(OfficialDocx.A4_WIDTH);
    assertThat(twips(first.getPgSz().getH())).isEqualTo(OfficialDocx.A4_HEIGHT);
    assertThat(twips(first.getPgMar().getLeft())).isEqualTo(OfficialDocx.LEFT_MARGIN);
    assertThat(twips(first.getPgMar().getRight())).isEqualTo(OfficialDocx.RIGHT_MARGIN);
    assertThat(twips(first.getPgMar().getTop())).isEqualTo(OfficialDocx.TOP_MARGIN);
    assertThat(first.isSetTitlePg()).as("первая страница без номера").isTrue();
    XWPFHeader numbered = doc.getHeaderFooterPolicy().getDefaultHeader();
    assertThat(numbered).isNotNull();
    assertThat(numbered.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
    assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
    for (XWPFRun run : runs(doc)) {
      if (run.text() != null && !run.text().isBlank()) {
        assertThat(run.getFontFamily()).as("шрифт «" + run.text() + "»").isEqualTo(OfficialDocx.FONT);
      }
    }
  }

  private static int twips(Object value) {
    return Integer.parseInt(value.toString());
  }

  private static CTSectPr firstSection(XWPFDocument doc) {
    for (XWPFParagraph paragraph : doc.getParagraphs()) {
      if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().isSetSectPr()) {
        return paragraph.getCTP().getPPr().getSectPr();
      }
    }
    return doc.getDocument().getBody().getSectPr();
  }

  /** Every run of the body, in paragraphs and in table cells. */
  public static List<XWPFRun> runs(XWPFDocument doc) {
    List<XWPFRun> runs = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        runs.addAll(paragraph.getRuns());
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
          }
        }
      }
    }
    return runs;
  }

  /** The signature block: a borderless table of the position, the signature line and «И. О. Фамилия». */
  public static void assertSignature(XWPFDocument doc, String position, String initialsAndSurname) {
    boolean found = false;
    for (XWPFTable table : doc.getTables()) {
      if (table.getNumberOfRows() == 1 && table.getRow(0).getTableCells().size() == 3) {
        XWPFTableRow row = table.getRow(0);
        if (row.getCell(1).getText().startsWith("____") && row.getCell(2).getText().equals(initialsAndSurname)) {
          assertThat(row.getCell(0).getText()).isEqualTo(position);
          found = true;
        }
      }
    }
    assertThat(found).as("подпись «" + position + " ____ " + initialsAndSurname + "»").isTrue();
  }

  /** The paragraph texts in order (headings, text), without the tables. */
  public static List<String> paragraphs(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
  }
}
