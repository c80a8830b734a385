package ru.nastavnik.documents;

import static ru.nastavnik.documents.OfficialDocx.A4_HEIGHT;
import static ru.nastavnik.documents.OfficialDocx.A4_WIDTH;
import static ru.nastavnik.documents.OfficialDocx.BOTTOM_MARGIN;
import static ru.nastavnik.documents.OfficialDocx.FONT;
import static ru.nastavnik.documents.OfficialDocx.LEFT_MARGIN;
import static ru.nastavnik.documents.OfficialDocx.RIGHT_MARGIN;
import static ru.nastavnik.documents.OfficialDocx.TABLE_SIZE;
import static ru.nastavnik.documents.OfficialDocx.TEXT_SIZE;
import static ru.nastavnik.documents.OfficialDocx.TOP_MARGIN;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word primitives {@link OfficialDocx} lays its documents out with, on Apache POI: the default
 * font, the page size and margins of a section, the page-number field, runs and multi-line text,
 * the text of a table cell and a fixed table layout over the text width. Nothing here knows what
 * a document says.
 */
final class DocxWriting {

  private DocxWriting() {}

  /** Millimetres in twips (twentieths of a point). */
  static int mm(double millimetres) {
    return (int) Math.round(millimetres / 25.4 * 1440);
  }

  /** The document's default run: Times New Roman of the text's size, Russian. */
  static void defaults(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(run.addNewRFonts());
    run.addNewSz().setVal(BigInteger.valueOf(TEXT_SIZE * 2L));
    run.addNewSzCs().setVal(BigInteger.valueOf(TEXT_SIZE * 2L));
    run.addNewLang().setVal("ru-RU");
    doc.createStyles().setStyles(styles);
  }

  private static void fonts(CTFonts fonts) {
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }

  /** A4 in portrait or landscape with the margins of {@link OfficialDocx}. */
  static void page(CTSectPr section, boolean landscape) {
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
    size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
    size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    // In landscape the binding edge (left in portrait) becomes the top one.
    margins.setLeft(BigInteger.valueOf(landscape ? TOP_MARGIN : LEFT_MARGIN));
    margins.setRight(BigInteger.valueOf(landscape ? BOTTOM_MARGIN : RIGHT_MARGIN));
    margins.setTop(BigInteger.valueOf(landscape ? LEFT_MARGIN : TOP_MARGIN));
    margins.setBottom(BigInteger.valueOf(landscape ? RIGHT_MARGIN + mm(5) : BOTTOM_MARGIN));
    margins.setHeader(BigInteger.valueOf(mm(10)));
    margins.setFooter(BigInteger.valueOf(mm(10)));
    margins.setGutter(BigInteger.ZERO);
  }

  /** Page numbers in the middle of the top margin; the first page (its «first page» header) has none. */
  static void pageNumbers(XWPFDocument doc) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    fieldChar(paragraph, STFldCharType.BEGIN);
    XWPFRun instruction = run(paragraph, TABLE_SIZE, false);
    instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
    fieldChar(paragraph, STFldCharType.SEPARATE);
    run(paragraph, TABLE_SIZE, false).setText("2");
    fieldChar(paragraph, STFldCharType.END);
    XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
    if (first.getParagraphs().isEmpty()) {
      first.createParagraph();
    }
  }

  private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
    run(paragraph, TABLE_SIZE, false).getCTR().addNewFldChar().setFldCharType(type);
  }

  /** A new run of the paragraph in the document's font. */
  static XWPFRun run(XWPFParagraph paragraph, int size, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    return run;
  }

  /** The text into the run, its line breaks kept as breaks. */
  static void text(XWPFRun run, String text) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  /**
   * A fixed layout over the text width: the grid and every cell get their width in twips (Word
   * and LibreOffice both follow the grid; percentages alone are ignored by some viewers).
   */
  static void layout(XWPFTable table, int textWidth, int... shares) {
    int columns = table.getRow(0).getTableCells().size();
    int[] parts = shares.length == columns ? shares : java.util.stream.IntStream.generate(() -> 1).limit(columns).toArray();
    int total = java.util.Arrays.stream(parts).sum();
    int[] twips = new int[columns];
    for (int c = 0; c < columns; c++) {
      twips[c] = textWidth * parts[c] / total;
    }
    CTTbl ct = table.getCTTbl();
    CTTblPr properties = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
    (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(textWidth));
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < columns; c++) {
        row.getCell(c).setWidthType(TableWidthType.DXA);
        row.getCell(c).setWidth(String.valueOf(twips[c]));
      }
    }
  }

  /** The text of a table cell, in its first paragraph. */
  static void cellText(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    text(run(paragraph, size, bold), text);
  }
}
