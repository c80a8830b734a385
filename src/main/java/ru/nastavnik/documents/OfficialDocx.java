package ru.nastavnik.documents;

import static ru.nastavnik.documents.DocxWriting.cellText;
import static ru.nastavnik.documents.DocxWriting.defaults;
import static ru.nastavnik.documents.DocxWriting.layout;
import static ru.nastavnik.documents.DocxWriting.mm;
import static ru.nastavnik.documents.DocxWriting.page;
import static ru.nastavnik.documents.DocxWriting.pageNumbers;
import static ru.nastavnik.documents.DocxWriting.run;
import static ru.nastavnik.documents.DocxWriting.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The layout of every Word document the system issues, after ГОСТ Р 7.0.97-2016: A4, margins
 * 30 / 15 / 20 / 20 mm (left, right, top, bottom), Times New Roman 14 pt (tables 12 pt and
 * less), page numbers in the middle of the top margin from the second page on, the
 * organization's full name, the kind of document, its date, number and place, a heading to the
 * text, the signature block (position, «_______», «И. О. Фамилия») and the executor's mark
 * (name and contacts, 10 pt) at the end. Documents add their text between the requisites and
 * the signature; an appendix may be set in landscape.
 */
public final class OfficialDocx {

  public static final String FONT = "Times New Roman";
  /** Main text, pt. */
  public static final int TEXT_SIZE = 14;
  /** Tables of figures, pt. */
  public static final int TABLE_SIZE = 12;
  /** The executor's mark, pt. */
  public static final int SMALL_SIZE = 10;

  /** A4 in twentieths of a point. */
  static final int A4_WIDTH = 11906;
  static final int A4_HEIGHT = 16838;
  static final int LEFT_MARGIN = mm(30);
  static final int RIGHT_MARGIN = mm(15);
  static final int TOP_MARGIN = mm(20);
  static final int BOTTOM_MARGIN = mm(20);
  private static final int FIRST_LINE_INDENT = 709; // 1,25 cm

  private final XWPFDocument doc = new XWPFDocument();
  /** Width of the text on the current page, twips: tables are laid out in it. */
  private int textWidth = A4_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;

  /** The requisites on top of the first page; null or blank values are printed as blanks to fill in by hand. */
  public record Requisites(String organization, String kind, String date, String number, String place, String heading) {}

  /** Who signs: the position as our data holds it and the full name (printed as «И. О. Фамилия»). */
  public record Signer(String position, String fullName) {}

  /** The executor's mark: who prepared the document and how to reach them. */
  public record Executor(String fullName, String contacts) {}

  public OfficialDocx() {
    defaults(doc);
    CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    page(section, false);
    section.addNewTitlePg();
    pageNumbers(doc);
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    return paragraph;
  }

  // --- requisites ---------------------------------------------------------------------------

  /**
   * The first page's requisites: the organization's full name, the kind of document in capitals,
   * the date and the registration number on one line, the place, the heading to the text.
   */
  public void requisites(Requisites r) {
    XWPFParagraph organization = paragraph(ParagraphAlignment.CENTER);
    text(run(organization, TEXT_SIZE, true), r.organization());
    organization.setSpacingAfter(360);
    XWPFParagraph kind = paragraph(ParagraphAlignment.CENTER);
    XWPFRun kindRun = run(kind, 16, true);
    kindRun.setCharacterSpacing(40);
    kindRun.setText(r.kind().toUpperCase(java.util.Locale.forLanguageTag("ru")));
    kind.setSpacingAfter(240);

    XWPFTable line = borderless(1, 2);
    cellText(line.getRow(0).getCell(0), blank(r.date(), "«___» ____________ 20___ г."), TEXT_SIZE, false,
        ParagraphAlignment.LEFT);
    cellText(line.getRow(0).getCell(1), "№ " + blank(r.number(), "________"), TEXT_SIZE, false, ParagraphAlignment.RIGHT);
    XWPFParagraph place = paragraph(ParagraphAlignment.CENTER);
    run(place, TEXT_SIZE, false).setText(r.place());
    place.setSpacingAfter(360);
    if (r.heading() != null && !r.heading().isBlank()) {
      XWPFParagraph heading = paragraph(ParagraphAlignment.CENTER);
      text(run(heading, TEXT_SIZE, true), r.heading());
      heading.setSpacingAfter(240);
    }
  }

  private static String blank(String value, String placeholder) {
    return value == null || value.isBlank() ? placeholder : value;
  }

  // --- text ---------------------------------------------------------------------------------

  /** A numbered section heading («1. Общие сведения»). */
  public void section(String title) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
    paragraph.setSpacingBefore(240);
    paragraph.setSpacingAfter(120);
    paragraph.setKeepNext(true);
    run(paragraph, TEXT_SIZE, true).setText(title);
  }

  /** A subsection heading («3.1. Ход работы»), bold, indented like the text. */
  public void subsection(String title) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
    paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
    paragraph.setSpacingBefore(120);
    paragraph.setSpacingAfter(60);
    paragraph.setKeepNext(true);
    run(paragraph, TEXT_SIZE, true).setText(title);
  }

  /** The place of a document from the municipality's name: «Город Ханты-Мансийск» → «г. Ханты-Мансийск». */
  public static String place(String municipality) {
    if (municipality == null) {
      return "";
    }
    String name = municipality.trim();
    return name.startsWith("Город ") ? "г. " + name.substring("Город ".length()).trim() : name;
  }

  /** A paragraph of text, justified, with the first-line indent of 1,25 cm; line breaks start new paragraphs. */
  public void paragraph(String text) {
    for (String part : text.split("\\R")) {
      if (part.isBlank()) {
        continue;
      }
      XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
      paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
      paragraph.setSpacingAfter(60);
      run(paragraph, TEXT_SIZE, false).setText(part.strip());
    }
  }

  /** A paragraph with a bold lead-in: «Статус: представлен». */
  public void labelled(String label, String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
    paragraph.setSpacingAfter(60);
    run(paragraph, TEXT_SIZE, true).setText(label + ": ");
    run(paragraph, TEXT_SIZE, false).setText(text);
  }

  /** An item of a list, with a dash as Russian documents mark them. */
  public void item(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setIndentationLeft(FIRST_LINE_INDENT);
    paragraph.setIndentationHanging(284);
    paragraph.setSpacingAfter(60);
    run(paragraph, TEXT_SIZE, false).setText("– " + text);
  }

  /** A note in smaller italics (sources of figures, explanations). */
  public void note(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setSpacingBefore(60);
    paragraph.setSpacingAfter(60);
    XWPFRun run = run(paragraph, SMALL_SIZE + 1, false);
    run.setItalic(true);
    run.setText(text);
  }

  /** The line «ПРИКАЗЫВАЮ:» of an order. */
  public void command(String word) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
    paragraph.setSpacingBefore(120);
    paragraph.setSpacingAfter(120);
    run(paragraph, TEXT_SIZE, true).setText(word);
  }

  /**
   * A table with a bold, shaded header row repeated on every page. {@code widths} are the shares
   * of the text width (they need not add up to 100); {@code numeric} columns are right-aligned.
   */
  public XWPFTable table(List<String> headers, List<List<String>> rows, int[] widths, boolean[] numeric, int fontSize) {
    XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
    layout(table, textWidth, widths);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < headers.size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("E7E6E6");
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      cellText(cell, headers.get(c), fontSize, true, ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      List<String> values = rows.get(r);
      for (int c = 0; c < headers.size(); c++) {
        String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
        cellText(row.getCell(c), value, fontSize, false,
            numeric != null && numeric[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      }
    }
    // a little air after the table: an empty line of 8 pt, not of the text's 14
    XWPFParagraph air = paragraph(ParagraphAlignment.LEFT);
    air.setSpacingBetween(8, LineSpacingRule.EXACT);
    return table;
  }

  /** Makes the last row of a table bold: the «Итого» of a municipality. */
  public static void boldLastRow(XWPFTable table) {
    XWPFTableRow last = table.getRow(table.getNumberOfRows() - 1);
    for (XWPFTableCell cell : last.getTableCells()) {
      for (XWPFParagraph p : cell.getParagraphs()) {
        p.getRuns().forEach(r -> r.setBold(true));
      }
    }
  }

  private XWPFTable borderless(int rows, int columns, int... widths) {
    XWPFTable table = doc.createTable(rows, columns);
    table.removeBorders();
    layout(table, textWidth, widths);
    return table;
  }

  /** A picture (PNG) centred, {@code widthMm} wide, with its caption below («Рисунок 1 – …»). */
  public void picture(byte[] png, String name, double widthMm, double heightMm, String caption) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
    paragraph.setKeepNext(true);
    paragraph.setSpacingBefore(120);
    try {
      paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name,
          Units.toEMU(widthMm / 25.4 * 72), Units.toEMU(heightMm / 25.4 * 72));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalArgumentException(e);
    }
    XWPFParagraph captionParagraph = paragraph(ParagraphAlignment.CENTER);
    captionParagraph.setSpacingAfter(120);
    run(captionParagraph, TABLE_SIZE, false).setText(caption);
  }

  // --- signature and executor -----------------------------------------------------------------

  /**
   * The signature block: the position on the left, the place of the signature, the name as
   * «И. О. Фамилия» on the right. Without a known signer the lines are left to fill in by hand.
   */
  public void signature(Signer signer) {
    XWPFParagraph space = paragraph(ParagraphAlignment.LEFT);
    space.setSpacingBefore(240);
    space.setKeepNext(true);
    XWPFTable table = borderless(1, 3, 45, 25, 30);
    table.getRow(0).setCantSplitRow(true);
    String position = signer == null || signer.position() == null || signer.position().isBlank()
        ? "Руководитель" : signer.position();
    String name = signer == null || signer.fullName() == null ? "" : PersonNames.initialsAndSurname(signer.fullName());
    cellText(table.getRow(0).getCell(0), position, TEXT_SIZE, false, ParagraphAlignment.LEFT);
    cellText(table.getRow(0).getCell(1), "_______________", TEXT_SIZE, false, ParagraphAlignment.CENTER);
    cellText(table.getRow(0).getCell(2), name.isEmpty() ? "_______________" : name, TEXT_SIZE, false,
        ParagraphAlignment.RIGHT);
    for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
    }
  }

  /** Lines to acquaint people with an order: «С приказом ознакомлены:» and a line per person. */
  public void acquaintance(String title, List<String> fullNames) {
    XWPFParagraph heading = paragraph(ParagraphAlignment.LEFT);
    heading.setSpacingBefore(240);
    heading.setKeepNext(true);
    run(heading, TEXT_SIZE, false).setText(title);
    XWPFTable table = borderless(fullNames.size(), 3, 40, 25, 35);
    for (int i = 0; i < fullNames.size(); i++) {
      cellText(table.getRow(i).getCell(0), PersonNames.initialsAndSurname(fullNames.get(i)), TEXT_SIZE, false,
          ParagraphAlignment.LEFT);
      cellText(table.getRow(i).getCell(1), "_______________", TEXT_SIZE, false, ParagraphAlignment.CENTER);
      cellText(table.getRow(i).getCell(2), "«___» ________ 20___ г.", TEXT_SIZE, false, ParagraphAlignment.RIGHT);
    }
  }

  /** The executor's mark at the end, in small type (ГОСТ Р 7.0.97-2016, п. 5.26). */
  public void executor(Executor executor) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
    paragraph.setSpacingBefore(240);
    paragraph.setKeepNext(true);
    String name = executor == null || executor.fullName() == null || executor.fullName().isBlank()
        ? "Исполнитель не указан" : executor.fullName();
    run(paragraph, SMALL_SIZE, false).setText(name);
    XWPFParagraph contacts = paragraph(ParagraphAlignment.LEFT);
    String text = executor == null || executor.contacts() == null || executor.contacts().isBlank()
        ? "контакты не указаны" : executor.contacts();
    run(contacts, SMALL_SIZE, false).setText(text);
  }

  // --- appendix -------------------------------------------------------------------------------

  /**
   * Starts an appendix on a new landscape page: the mark «Приложение … к … от … № …» in the
   * upper right corner and the appendix's title. Page numbers go on.
   */
  public void landscapeAppendix(String mark, String title) {
    CTSectPr current = doc.getDocument().getBody().getSectPr();
    XWPFParagraph end = doc.createParagraph();
    end.getCTP().addNewPPr().setSectPr((CTSectPr) current.copy());
    page(current, true);
    current.unsetTitlePg();
    textWidth = A4_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN;
    XWPFParagraph markParagraph = paragraph(ParagraphAlignment.LEFT);
    markParagraph.setIndentationLeft(mm(160));
    text(run(markParagraph, TABLE_SIZE, false), mark);
    markParagraph.setSpacingAfter(240);
    XWPFParagraph heading = paragraph(ParagraphAlignment.CENTER);
    text(run(heading, TEXT_SIZE, true), title);
    heading.setSpacingAfter(240);
  }

  /** The document as bytes. */
  public byte[] toBytes() {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
