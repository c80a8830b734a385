package ru.nastavnik.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): the administrator imports a staff list
 * of 5,000 teachers (a Windows-1251 CSV, mentors and mentees with e-mail, phone, subject,
 * experience and birth date) into a new school: the dry run, the real run, and the same file again.
 * Records {@code staff_import_5000_s} (dry run + real run, the goal 30 s) and prints all three.
 */
class StaffImportBenchmark extends ApplicationBenchmark {

  static final int ROWS = 5_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] LAST = {"Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова",
      "Михайлова", "Новикова", "Фёдорова"};
  private static final String[] FIRST = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана"};
  private static final String[] MIDDLE = {"Сергеевна", "Александровна", "Викторовна", "Петровна", "Игоревна"};
  private static final String[] SUBJECTS = {"Математика", "Русский язык", "История", "Физика", "Химия", "Биология"};

  @Test
  void importOfFiveThousandTeachers() throws Exception {
    Long school = jdbc.queryForObject("""
        insert into organization (municipality_id, kind, code, name, short_name, created_at)
        select m.id, 'SCHOOL', 'bench-staff', 'МБОУ «Школа-комплекс № 500»', 'Школа № 500', now()
        from municipality m where m.code = 'khm' returning id""", Long.class);
    byte[] csv = csv();

    long start = System.nanoTime();
    JsonNode dry = upload(csv, school, true);
    long dryMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(dry.get("created").asInt()).isEqualTo(ROWS);

    start = System.nanoTime();
    JsonNode real = upload(csv, school, false);
    long realMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(real.get("created").asInt()).isEqualTo(ROWS);

    start = System.nanoTime();
    JsonNode again = upload(csv, school, false);
    long againMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(again.get("unchanged").asInt()).isEqualTo(ROWS);

    System.out.printf("Импорт %d сотрудников (CSV %d КБ): проверка %d мс, загрузка %d мс, повторная загрузка %d мс%n",
        ROWS, csv.length / 1024, dryMs, realMs, againMs);
    BenchmarkResults.record("импорт списка сотрудников", List.of(
        Figure.lower("staff_import_5000_s", "5 000 строк CSV: пробный прогон и настоящий импорт (POST /api/people/import)",
            (dryMs + realMs) / 1000.0, "s", 30),
        Figure.lower("staff_import_dry_run_5000_ms", "POST /api/people/import?dryRun=true, 5 000 строк CSV", dryMs, "ms",
            30_000),
        Figure.lower("staff_reimport_5000_ms", "POST /api/people/import того же файла (без изменений)", againMs, "ms",
            30_000)));
  }

  private static byte[] csv() {
    StringBuilder text = new StringBuilder("ФИО;Должность;Роль;Эл. почта;Телефон;Предмет;Педагогический стаж;Дата рождения\r\n");
    for (int i = 1; i <= ROWS; i++) {
      String subject = SUBJECTS[i % SUBJECTS.length];
      boolean mentor = i % 3 == 0;
      text.append(LAST[i % LAST.length]).append(' ').append(FIRST[(i / 10) % FIRST.length]).append(' ')
          .append(MIDDLE[(i / 80) % MIDDLE.length]).append(' ').append(i).append(';')
          .append("Учитель (").append(subject).append(");")
          .append(mentor ? "наставник" : "наставляемый").append(';')
          .append("teacher").append(i).append("@school500.test;")
          .append(String.format("8 (912) %03d-%02d-%02d", i / 10000, (i / 100) % 100, i % 100)).append(';')
          .append(subject).append(';')
          .append(mentor ? 10 + i % 25 : i % 4).append(';')
          .append(String.format("%02d.%02d.%d", 1 + i % 28, 1 + i % 12, mentor ? 1965 + i % 25 : 1995 + i % 6)).append("\r\n");
    }
    return text.toString().getBytes(Charset.forName("windows-1251"));
  }

  private JsonNode upload(byte[] content, long school, boolean dryRun) throws Exception {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "staff.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = as("demo").postForEntity("/api/people/import?dryRun=" + dryRun
        + "&organizationId=" + school, new HttpEntity<>(body, headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }
}
