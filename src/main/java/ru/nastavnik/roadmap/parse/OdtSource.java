package ru.nastavnik.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text (.odt) roadmap read into {@link SourceLine}s the way {@link DocxSource} reads
 * a .docx: paragraphs before and between tables are free text (bold or {@code text:h} ones are
 * headings), every table row is cells in grid order (a cell spanning columns is followed by its
 * covered cells, which are empty), paragraphs of a cell are joined with a space, paragraphs after
 * the last table are not part of it.
 *
 * <p>{@code content.xml} is read with StAX with DTDs and external entities switched off (no XXE),
 * after {@link Archive} has capped the unpacked size; repeated rows and columns are capped too.
 */
final class OdtSource {

  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final int MAX_REPEAT = 64;
  private static final int MAX_LINES = 50_000;

  private OdtSource() {}

  static List<SourceLine> read(byte[] content) {
    byte[] xml = Archive.entry(content, "content.xml");
    if (xml == null) {
      throw new RoadmapFormatException("В документе ODF нет содержимого: пересохраните его в формате .odt или .docx");
    }
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        return new Reader(reader).read();
      } finally {
        reader.close();
      }
    } catch (RoadmapFormatException e) {
      throw e;
    } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
      throw new RoadmapFormatException("Документ ODF (.odt) повреждён и не может быть прочитан: пересохраните его в формате .odt или .docx", e);
    }
  }

  /** No DTD, no external entities: a content.xml that declares any is refused as damaged. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  private static void trySet(XMLInputFactory factory, String name, Object value) {
    try {
      factory.setProperty(name, value);
    } catch (IllegalArgumentException notSupported) {
      // DTDs are off already; this property only exists in some StAX implementations
    }
  }

  private static final class Reader {
    private final XMLStreamReader xml;
    private final Set<String> boldStyles = new HashSet<>();
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<SourceLine> pending = new ArrayList<>();
    /** Open tables: the outermost is the roadmap table, inner ones are text of a cell. */
    private final Deque<Object> tables = new ArrayDeque<>();
    private int tableRow;
    private int table = -1;

    // the row and cell being read (outermost table only)
    private List<String> cells;
    private int rowRepeat;
    private int nonEmpty;
    private int widestNonEmptySpan;
    private StringBuilder cellText;
    private int cellSpan;
    private int cellRepeat;

    // the paragraph being read
    private StringBuilder paragraph;
    private boolean paragraphHeading;
    private int boldChars;
    private int plainChars;
    private final Deque<Boolean> spanBold = new ArrayDeque<>();
    private int skipDepth;
    private String styleName;

    Reader(XMLStreamReader xml) {
      this.xml = xml;
    }

    List<SourceLine> read() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new RoadmapFormatException("Документ ODF (.odt) содержит объявления DTD или сущностей и не принимается: "
              + "пересохраните его в формате .odt или .docx");
        }
        if (skipDepth > 0) {
          if (event == XMLStreamConstants.START_ELEMENT) {
            skipDepth++;
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            skipDepth--;
          }
          continue;
        }
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> start();
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(xml.getText());
          default -> { }
        }
      }
      if (table < 0) {
        throw new RoadmapFormatException("В документе нет ни одной таблицы: дорожная карта должна быть оформлена таблицей");
      }
      return lines;
    }

    private void start() {
      String ns = xml.getNamespaceURI();
      String name = xml.getLocalName();
      if (STYLE.equals(ns) && name.equals("style")) {
        styleName = xml.getAttributeValue(STYLE, "name");
      } else if (STYLE.equals(ns) && name.equals("text-properties") && styleName != null
          && "bold".equals(xml.getAttributeValue(FO, "font-weight"))) {
        boldStyles.add(styleName);
      } else if (OFFICE.equals(ns) && (name.equals("annotation") || name.equals("event-listeners"))) {
        skipDepth = 1;
      } else if (TEXT.equals(ns)) {
        startText(name);
      } else if (TABLE.equals(ns)) {
        startTable(name);
      }
    }

    private void startText(String name) {
      switch (name) {
        case "p", "h" -> {
          if (paragraph == null) {
            paragraph = new StringBuilder();
            paragraphHeading = name.equals("h") || boldStyles.contains(xml.getAttributeValue(TEXT, "style-name"));
            boldChars = 0;
            plainChars = 0;
            spanBold.clear();
          }
        }
        case "span" -> spanBold.push(boldStyles.contains(xml.getAttributeValue(TEXT, "style-name")));
        case "s" -> {
          String c = xml.getAttributeValue(TEXT, "c");
          int n = 1;
          try {
            n = c == null ? 1 : Math.max(1, Math.min(10, Integer.parseInt(c.trim())));
          } catch (NumberFormatException ignored) {
            // one space
          }
          text(" ".repeat(n));
        }
        case "tab", "line-break" -> text(" ");
        case "note", "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls" -> skipDepth = 1;
        default -> { }
      }
    }

    private void startTable(String name) {
      switch (name) {
        case "table" -> {
          if (tables.isEmpty()) {
            lines.addAll(pending);
            pending.clear();
            table++;
          }
          tables.push(name);
        }
        case "table-row" -> {
          if (tables.size() == 1) {
            cells = new ArrayList<>();
            rowRepeat = repeat("number-rows-repeated");
            nonEmpty = 0;
            widestNonEmptySpan = 0;
          }
        }
        case "table-cell", "covered-table-cell" -> {
          if (tables.size() == 1 && cells != null) {
            cellText = new StringBuilder();
            cellSpan = name.equals("covered-table-cell") ? 1 : repeatAttr("number-columns-spanned");
            cellRepeat = repeat("number-columns-repeated");
          }
        }
        default -> { }
      }
    }

    private void end() {
      String ns = xml.getNamespaceURI();
      String name = xml.getLocalName();
      if (STYLE.equals(ns) && name.equals("style")) {
        styleName = null;
      } else if (TEXT.equals(ns)) {
        if (name.equals("span") && !spanBold.isEmpty()) {
          spanBold.pop();
        } else if (name.equals("p") || name.equals("h")) {
          endParagraph();
        }
      } else if (TABLE.equals(ns)) {
        endTable(name);
      }
    }

    private void endParagraph() {
      if (paragraph == null) {
        return;
      }
      String raw = paragraph.toString();
      paragraph = null;
      if (cellText != null) {
        if (!raw.isBlank()) {
          cellText.append(raw.trim()).append(' ');
        }
        return;
      }
      if (!tables.isEmpty()) {
        return;
      }
      boolean heading = paragraphHeading || (boldChars > 0 && plainChars == 0) || CellText.looksLikeHeading(raw);
      pending.add(new SourceLine(tableRow, List.of(CellText.clean(raw)), SourceLine.Kind.FREE_TEXT, heading));
      checkSize();
    }

    private void endTable(String name) {
      switch (name) {
        case "table" -> {
          if (!tables.isEmpty()) {
            tables.pop();
          }
        }
        case "table-cell", "covered-table-cell" -> {
          if (tables.size() == 1 && cellText != null && cells != null) {
            String text = CellText.clean(cellText.toString());
            cellText = null;
            for (int r = 0; r < cellRepeat && cells.size() < SheetSource.MAX_COLUMNS; r++) {
              cells.add(text);
              if (!text.isEmpty()) {
                nonEmpty++;
                widestNonEmptySpan = Math.max(widestNonEmptySpan, cellSpan);
              }
            }
          }
        }
        case "table-row" -> {
          if (tables.size() == 1 && cells != null) {
            SourceLine.Kind kind = nonEmpty == 1 && widestNonEmptySpan >= 2
                ? SourceLine.Kind.MERGED_ROW : SourceLine.Kind.TABLE_ROW;
            boolean blank = nonEmpty == 0;
            for (int r = 0; r < (blank ? 1 : rowRepeat); r++) {
              tableRow++;
              lines.add(new SourceLine(tableRow, cells, kind, kind == SourceLine.Kind.MERGED_ROW, table));
            }
            cells = null;
            checkSize();
          }
        }
        default -> { }
      }
    }

    private void text(String s) {
      if (paragraph != null) {
        paragraph.append(s);
        if (!s.isBlank()) {
          boolean bold = !spanBold.isEmpty() && spanBold.peek();
          if (bold || paragraphHeading) {
            boldChars += s.length();
          } else {
            plainChars += s.length();
          }
        }
      } else if (cellText != null) {
        cellText.append(s);
      }
    }

    private int repeat(String attribute) {
      return Math.min(MAX_REPEAT, repeatAttr(attribute));
    }

    private int repeatAttr(String attribute) {
      String value = xml.getAttributeValue(TABLE, attribute);
      if (value == null) {
        return 1;
      }
      try {
        return Math.max(1, Math.min(1_000_000, Integer.parseInt(value.trim())));
      } catch (NumberFormatException e) {
        return 1;
      }
    }

    private void checkSize() {
      if (lines.size() + pending.size() > MAX_LINES) {
        throw new RoadmapFormatException("В документе больше " + MAX_LINES + " строк: это не похоже на дорожную карту");
      }
    }
  }
}
