package ru.nastavnik.webapps;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentor.MentorEnrollmentProcess;
import ru.nastavnik.monitoring.AnnualMonitoringProcess;
import ru.nastavnik.monitoring.OrganizationReportProcess;
import ru.nastavnik.monitoring.ReportKind;
import ru.nastavnik.pair.PairFormationProcess;
import ru.nastavnik.practice.PracticeReviewProcess;
import ru.nastavnik.program.MentoringProgramProcess;
import ru.nastavnik.request.MentoringRequestProcess;
import ru.nastavnik.roadmap.RoadmapImportProcess;
import ru.nastavnik.roadmap.RoadmapItemProcess;
import ru.nastavnik.roadmap.RoadmapProcess;

/**
 * A readable name of a process instance for Cockpit, which lists instances by id and business key:
 * what the process works on and for which organization — «Запрос № 3 · СОШ № 1», «Дорожная карта
 * 2026–2028 · п. 1.2 · СОШ № 2». Never a person's name: Cockpit is read by the education department,
 * which sees no personal data. The business key stays the id of the record (messages are correlated by
 * it); the name is looked up from that id when Cockpit asks.
 */
@Component
class ProcessTitles {

  /** What the engine knows of an instance: its process, business key and the ids among its variables. */
  record Instance(String processKey, String businessKey, Map<String, Object> variables) {}

  /** Variables a name may be built from (processes started in Tasklist have no business key). */
  static final List<String> VARIABLES = List.of(MentoringRequestProcess.REQUEST_ID.name(),
      MentorEnrollmentProcess.MENTOR_PROFILE_ID.name(), AnnualMonitoringProcess.CAMPAIGN_ID.name(),
      RoadmapImportProcess.OWNER_CODE.name(), RoadmapImportProcess.ORGANIZATION_CODE.name());

  private final JdbcTemplate jdbc;

  ProcessTitles(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> title(Instance instance) {
    Map<String, Object> variables = instance.variables();
    Long key = number(instance.businessKey());
    String title = switch (instance.processKey()) {
      case MentoringRequestProcess.ID -> request(MentoringRequestProcess.REQUEST_ID.from(variables));
      case PairFormationProcess.ID -> request(key);
      case MentoringProgramProcess.ID -> numbered("Пара", "mentoring_pair", key);
      case MentorEnrollmentProcess.ID -> numbered("Анкета наставника", "mentor_profile",
          number(variables.get(MentorEnrollmentProcess.MENTOR_PROFILE_ID.name())));
      case PracticeReviewProcess.ID -> numbered("Практика", "practice", key);
      case RoadmapImportProcess.ID -> roadmapImport(variables);
      case RoadmapProcess.ID -> roadmap(key);
      case RoadmapItemProcess.ID -> roadmapItem(key);
      case AnnualMonitoringProcess.ID -> monitoringYear(number(variables.get(AnnualMonitoringProcess.CAMPAIGN_ID.name())));
      case OrganizationReportProcess.ID -> report(key);
      default -> null;
    };
    return Optional.ofNullable(title);
  }

  private String request(Long id) {
    return numbered("Запрос", "mentoring_request", id);
  }

  /** «Пара № 5 · СОШ № 1»: a record of {@code table} with an {@code organization_id}. */
  private String numbered(String what, String table, Long id) {
    if (id == null) {
      return null;
    }
    return first("select o.short_name from " + table + " t join organization o on o.id = t.organization_id where t.id = ?", id)
        .map(organization -> what + " № " + id + " · " + organization).orElse(null);
  }

  private String roadmapImport(Map<String, Object> variables) {
    Object owner = variables.getOrDefault(RoadmapImportProcess.OWNER_CODE.name(),
        variables.get(RoadmapImportProcess.ORGANIZATION_CODE.name()));
    String organization = owner instanceof String code
        ? jdbc.query("select short_name from organization where code = ?", (rs, n) -> rs.getString(1), code).stream()
            .findFirst().orElse(null)
        : null;
    return organization == null ? "Загрузка дорожной карты" : "Загрузка дорожной карты · " + organization;
  }

  private String roadmap(Long id) {
    if (id == null) {
      return null;
    }
    return jdbc.query("select r.period_start, r.period_end, o.short_name from roadmap r"
            + " join organization o on o.id = r.organization_id where r.id = ?",
        (rs, n) -> "Дорожная карта " + period(rs.getDate(1), rs.getDate(2)) + " · " + rs.getString(3), id)
        .stream().findFirst().orElse(null);
  }

  private String roadmapItem(Long occurrenceId) {
    if (occurrenceId == null) {
      return null;
    }
    return jdbc.query("select r.period_start, r.period_end, i.number, i.title, o.short_name from roadmap_occurrence c"
            + " join roadmap_item i on i.id = c.item_id join roadmap r on r.id = i.roadmap_id"
            + " join organization o on o.id = c.organization_id where c.id = ?",
        (rs, n) -> "Дорожная карта " + period(rs.getDate(1), rs.getDate(2)) + " · " + item(rs.getString(3), rs.getString(4))
            + " · " + rs.getString(5), occurrenceId)
        .stream().findFirst().orElse(null);
  }

  private String monitoringYear(Long campaignId) {
    if (campaignId == null) {
      return null;
    }
    return jdbc.query("select c.academic_year, m.name from monitoring_campaign c join municipality m on m.id = c.municipality_id"
            + " where c.id = ?", (rs, n) -> "Мониторинг " + academicYear(rs.getInt(1)) + " · " + rs.getString(2), campaignId)
        .stream().findFirst().orElse(null);
  }

  private String report(Long reportId) {
    if (reportId == null) {
      return null;
    }
    return jdbc.query("select r.kind, c.academic_year, o.short_name from monitoring_report r"
            + " join monitoring_campaign c on c.id = r.campaign_id join organization o on o.id = r.organization_id where r.id = ?",
        (rs, n) -> (ReportKind.SCHOOL_SELF_DIAGNOSTICS.name().equals(rs.getString(1)) ? "Самодиагностика " : "Отчёт ")
            + academicYear(rs.getInt(2)) + " · " + rs.getString(3), reportId)
        .stream().findFirst().orElse(null);
  }

  private Optional<String> first(String sql, Object... args) {
    return jdbc.query(sql, (rs, n) -> rs.getString(1), args).stream().findFirst();
  }

  /** «2026–2028», or «2026» for a roadmap of one year. */
  static String period(Date start, Date end) {
    int from = start.toLocalDate().getYear();
    int to = end.toLocalDate().getYear();
    return from == to ? String.valueOf(from) : from + "–" + to;
  }

  /** «п. 1.2» (the document's number without its closing dot), or the beginning of the title of an item without one. */
  static String item(String number, String title) {
    if (number != null && !number.isBlank()) {
      String trimmed = number.trim();
      return "п. " + (trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }
    String text = title == null ? "" : title.trim();
    return text.length() <= 60 ? "«" + text + "»" : "«" + text.substring(0, 59).trim() + "…»";
  }

  static String academicYear(int year) {
    return year + "/" + (year + 1);
  }

  /** An id kept as a number or a string (a business key); anything else is no id. */
  static Long number(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && s.matches("\\d{1,18}")) {
      return Long.parseLong(s);
    }
    return null;
  }
}
