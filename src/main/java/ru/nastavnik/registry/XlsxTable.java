package ru.nastavnik.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A one-sheet Excel registry: a title, a subtitle (who, when), a header row and the rows. */
final class XlsxTable {

  private XlsxTable() {}

  static byte[] write(String sheetName, String title, String subtitle, List<String> headers, List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle titleStyle = workbook.createCellStyle();
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      titleStyle.setFont(big);
      CellStyle headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      headerStyle.setWrapText(true);

      Row titleRow = sheet.createRow(0);
      Cell titleCell = titleRow.createCell(0);
      titleCell.setCellValue(title);
      titleCell.setCellStyle(titleStyle);
      sheet.createRow(1).createCell(0).setCellValue(subtitle);
      if (headers.size() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.size() - 1));
      }
      Row header = sheet.createRow(3);
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(headerStyle);
      }
      int r = 4;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          Cell cell = row.createCell(i);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value != null) {
            cell.setCellValue(value.toString());
          }
        }
      }
      for (int i = 0; i < headers.size(); i++) {
        sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
      }
      sheet.createFreezePane(0, 4);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
