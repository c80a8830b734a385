package ru.nastavnik.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.operations.Durations;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.EngineClock;

/** The yearly monitoring: its calendar, campaigns with who has not reported, figures and report documents. */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Мониторинг", description = "Ежегодный мониторинг реализации целевой модели наставничества")
class MonitoringController {

  private static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MonitoringSchedule schedule;
  private final MonitoringQueries queries;
  private final MonitoringYears years;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Durations durations;

  MonitoringController(MonitoringSchedule schedule, MonitoringQueries queries, MonitoringYears years, OrganizationService organizations,
      OrganizationAccess access, RuntimeService runtime, IdentityService identity, Durations durations) {
    this.durations = durations;
    this.schedule = schedule;
    this.queries = queries;
    this.years = years;
    this.organizations = organizations;
    this.access = access;
    this.runtime = runtime;
    this.identity = identity;
  }

  @GetMapping("/schedule")
  @Operation(summary = "Календарь мониторинга муниципалитета: cron каждого этапа в его часовом поясе")
  Map<MonitoringStage, String> schedule(CurrentUser user, @RequestParam Long municipalityId) {
    return schedule.schedule(user, municipalityId);
  }

  @PutMapping("/schedule")
  @Operation(summary = "Изменить cron этапов (действует для годов, открытых после изменения)",
      description = "Каждый этап должен наступать один раз в учебном году, зависящие этапы — по порядку; сроки уже открытого"
          + " года не меняются, ответ говорит об этом в notice")
  MonitoringSchedule.ScheduleChange updateSchedule(CurrentUser user, @RequestParam Long municipalityId,
      @RequestBody Map<String, String> changes) {
    return schedule.updateSchedule(user, municipalityId, changes, now());
  }

  @GetMapping("/campaigns")
  @Operation(summary = "Годы мониторинга муниципалитета с отчётами и списком непредставивших")
  List<MonitoringQueries.CampaignView> campaigns(CurrentUser user, @RequestParam Long municipalityId) {
    return queries.campaigns(user, municipalityId);
  }

  @GetMapping("/campaigns/{id}")
  @Operation(summary = "Год мониторинга: календарь, отчёты, кто не представил")
  MonitoringQueries.CampaignView campaign(CurrentUser user, @PathVariable Long id) {
    return queries.campaign(user, id);
  }

  @PostMapping("/campaigns")
  @Operation(summary = "Открыть текущий год мониторинга муниципалитета (обычно его открывает таймер 1 сентября)")
  ResponseEntity<List<String>> open(CurrentUser user, @RequestParam(required = false) Long municipalityId) {
    if (municipalityId == null) {
      if (!user.isAdmin()) {
        throw new ForbiddenException("Открыть год мониторинга всех муниципалитетов может только администратор");
      }
      return ResponseEntity.ok(years.openMissing(runtime, identity, now()));
    }
    var municipality = organizations.municipality(municipalityId);
    if (!access.canManageMunicipality(user, municipality)) {
      throw new ForbiddenException("Открыть год мониторинга может координатор муниципалитета");
    }
    String instance = years.open(municipality, runtime, identity, now())
        .orElseThrow(() -> new BusinessRuleException("Текущий год мониторинга муниципалитета «" + municipality.getName()
            + "» уже открыт"));
    return ResponseEntity.ok(List.of(instance));
  }

  @GetMapping("/figures")
  @Operation(summary = "Показатели мониторинга муниципалитета (или организации) за учебный год на сегодня")
  MonitoringQueries.FiguresView figures(CurrentUser user, @RequestParam Long municipalityId,
      @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Integer academicYear) {
    return queries.figures(user, municipalityId, organizationId,
        academicYear == null ? null : FormDates.academicYear(academicYear, "academicYear"), now());
  }

  @GetMapping("/reports/{id}/spravka.docx")
  @Operation(summary = "Аналитическая справка (DOCX)")
  ResponseEntity<byte[]> docx(CurrentUser user, @PathVariable Long id) {
    byte[] docx = durations.record(Durations.Operation.REPORT, "monitoring-docx", () -> queries.organizationCode(id),
        () -> MonitoringDocuments.docx(queries.documentContent(user, id, now())));
    return file(docx, DOCX, "Аналитическая справка " + id + ".docx");
  }

  @GetMapping("/reports/{id}/figures.xlsx")
  @Operation(summary = "Показатели отчёта (XLSX)")
  ResponseEntity<byte[]> xlsx(CurrentUser user, @PathVariable Long id) {
    byte[] xlsx = durations.record(Durations.Operation.REPORT, "monitoring-xlsx", () -> queries.organizationCode(id),
        () -> MonitoringWorkbook.xlsx(queries.documentContent(user, id, now())));
    return file(xlsx, XLSX, "Показатели мониторинга " + id + ".xlsx");
  }

  private static Instant now() {
    return EngineClock.now();
  }

  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
