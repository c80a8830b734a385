package ru.nastavnik.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a staff list as a school information system exports it to Excel: a title row, an empty
 * row, the header, then one row per person; numbers as numbers, dates as date cells (ДД.ММ.ГГГГ).
 */
final class StaffWorkbook {

  private StaffWorkbook() {}

  static byte[] xlsx(String title, List<String> header, List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Сотрудники");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      sheet.createRow(0).createCell(0).setCellValue(title);
      Row head = sheet.createRow(2);
      for (int c = 0; c < header.size(); c++) {
        head.createCell(c).setCellValue(header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(3 + r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value == null) {
            continue;
          }
          var cell = row.createCell(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
