package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.documents.OfficialXlsx;
import ru.nastavnik.person.PersonRepository;

/** Registries downloaded as Excel files and opened with Apache POI. */
class RegistryIT extends IntegrationTestSupport {

  @Autowired PersonRepository people;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long school(String curator) {
    return people.findByLogin(curator).orElseThrow().getOrganization().getId();
  }

  private long municipality() {
    return people.findByLogin("manager").orElseThrow().getOrganization().getMunicipality().getId();
  }

  private static List<List<String>> rows(byte[] xlsx) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
      return rows;
    }
  }

  @Test
  void theCuratorDownloadsTheBankOfMentorsOfTheSchoolWithPersonalDetails() throws Exception {
    ResponseEntity<byte[]> response = as("curator1").getForEntity("/api/registries/mentors.xlsx?organizationId=" + school("curator1"),
        byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
    assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith("Банк наставников — МБОУ");
    List<List<String>> rows = rows(response.getBody());
    assertThat(rows.get(0).get(0)).isEqualTo("Банк наставников: МБОУ «Средняя общеобразовательная школа № 1»");
    assertThat(rows.get(1).get(0)).startsWith("Сформировано ");
    assertThat(rows.get(2)).contains("ФИО наставника", "Обучение", "E-mail", "Согласие на наставничество");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("Волкова Наталья Ивановна", "СОШ № 1", "В банке наставников",
        "Обучение пройдено", "mentor1a@demo.nastavnik.local"));
    assertThat(rows).noneSatisfy(row -> assertThat(row).contains("Григорьев Павел Николаевич"));
  }

  @Test
  void theDepartmentSeesTheMunicipalRegistriesWithoutPersonalDetails() throws Exception {
    ResponseEntity<byte[]> response = as("manager").getForEntity("/api/registries/participants.xlsx?municipalityId=" + municipality(),
        byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<List<String>> rows = rows(response.getBody());
    assertThat(rows.get(0).get(0)).isEqualTo("Персонифицированный учёт участников: Город Ханты-Мансийск");
    assertThat(rows.get(2)).containsExactly("№", "ФИО", "Организация", "Роли в наставничестве", "Категория");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("Орлова Татьяна Михайловна", "СОШ № 2", "Руководитель организации"));
    assertThat(rows).noneSatisfy(row -> assertThat(String.join(" ", row)).contains("@demo.nastavnik.local"));
  }

  @Test
  void theBankOfMenteesListsRequestsWithTheirDifficulties() throws Exception {
    ResponseEntity<byte[]> response = as("coordinator").getForEntity("/api/registries/mentees.xlsx?municipalityId=" + municipality(),
        byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<List<String>> rows = rows(response.getBody());
    assertThat(rows.get(2)).contains("ФИО наставляемого", "№ запроса", "Профессиональные затруднения", "E-mail");
  }

  @Test
  void registriesOfAnotherSchoolOrOfTheMunicipalityAreClosedToACurator() {
    assertThat(as("curator2").getForEntity("/api/registries/mentors.xlsx?organizationId=" + school("curator1"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("curator1").getForEntity("/api/registries/mentees.xlsx?municipalityId=" + municipality(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/registries/mentees.xlsx?municipalityId=" + municipality(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theRegistryOfProgramsAndTheBankOfPracticesListWhatTheDatabaseHolds() throws Exception {
    long municipality = municipality();
    ResponseEntity<byte[]> programs = as("coordinator").getForEntity("/api/registries/programs.xlsx?municipalityId=" + municipality,
        byte[].class);
    ResponseEntity<byte[]> practices = as("coordinator").getForEntity("/api/registries/practices.xlsx?municipalityId=" + municipality,
        byte[].class);

    assertThat(programs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(practices.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<List<String>> programRows = rows(programs.getBody());
    List<List<String>> practiceRows = rows(practices.getBody());
    assertThat(programRows.get(0).get(0)).isEqualTo("Реестр программ наставничества: Город Ханты-Мансийск");
    assertThat(programRows.get(2)).contains("Наставник", "Наставляемый", "Статус программы", "Успешная практика");
    assertThat(practiceRows.get(0).get(0)).isEqualTo("Банк успешных практик наставничества: Город Ханты-Мансийск");
    String count = "select count(*) from mentoring_program p join organization o on o.id = p.organization_id"
        + " where o.municipality_id = ?";
    long expectedPrograms = jdbc.queryForObject(count, Long.class, municipality);
    long expectedPractices = jdbc.queryForObject("select count(*) from practice p join organization o"
        + " on o.id = p.organization_id where o.municipality_id = ? and p.status = 'PUBLISHED'", Long.class, municipality);
    assertThat(programRows.size() - 3).isEqualTo(expectedPrograms);
    assertThat(practiceRows.size() - 3).isEqualTo(expectedPractices);
    assertThat(practiceRows.get(2)).contains("Название практики", "Дата публикации", "Статус");
    assertThat(practiceRows.stream().skip(3)).allSatisfy(row ->
        assertThat(row).last().isEqualTo("Опубликована в банке успешных практик"));
  }

  private static int column(Row header, String title) {
    for (Cell cell : header) {
      if (cell.getStringCellValue().equals(title)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("Нет столбца «" + title + "»");
  }

  @Test
  void numbersAreNumbersDatesAreDatesAndTheHeaderIsStyledFrozenAndFiltered() throws Exception {
    long municipality = municipality();
    ResponseEntity<byte[]> response = as("coordinator").getForEntity("/api/registries/mentees.xlsx?municipalityId=" + municipality,
        byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    ru.nastavnik.documents.DocumentChecks.keep(response.getBody(), "registry-mentees.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      var sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(OfficialXlsx.HEADER_ROW);
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(header.getCell(0).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (OfficialXlsx.HEADER_ROW + 1));
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A" + (OfficialXlsx.HEADER_ROW + 1) + ":");
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getColumnWidth(column(header, "Профессиональные затруднения"))).isGreaterThan(sheet.getColumnWidth(0));
      long requests = jdbc.queryForObject("select count(*) from mentoring_request r join organization o on o.id = r.organization_id"
          + " where o.municipality_id = ?", Long.class, municipality);
      assertThat(sheet.getLastRowNum() - OfficialXlsx.HEADER_ROW).isEqualTo(requests);
      if (requests > 0) {
        Row first = sheet.getRow(OfficialXlsx.HEADER_ROW + 1);
        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
        assertThat(first.getCell(column(header, "№ запроса")).getCellType()).isEqualTo(CellType.NUMERIC);
        Cell filed = first.getCell(column(header, "Подан"));
        assertThat(filed.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(filed)).isTrue();
        assertThat(filed.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
      }
    }

    ResponseEntity<byte[]> mentors = as("curator1").getForEntity("/api/registries/mentors.xlsx?organizationId=" + school("curator1"),
        byte[].class);
    ru.nastavnik.documents.DocumentChecks.keep(mentors.getBody(), "registry-mentors.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mentors.getBody()))) {
      var sheet = workbook.getSheetAt(0);
      int places = column(sheet.getRow(OfficialXlsx.HEADER_ROW), "Мест");
      Row totals = sheet.getRow(sheet.getLastRowNum());
      assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Итого");
      assertThat(totals.getCell(places).getCellType()).isEqualTo(CellType.FORMULA);
      double sum = 0;
      for (int r = OfficialXlsx.HEADER_ROW + 1; r < sheet.getLastRowNum(); r++) {
        assertThat(sheet.getRow(r).getCell(places).getCellType()).isEqualTo(CellType.NUMERIC);
        sum += sheet.getRow(r).getCell(places).getNumericCellValue();
      }
      assertThat(sum).isPositive();
      assertThat(totals.getCell(places).getNumericCellValue()).isEqualTo(sum);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertThat(totals.getCell(places).getNumericCellValue()).isEqualTo(sum);
    }
  }
}
