package ru.nastavnik.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.monitoring.MonitoringCalendar;
import ru.nastavnik.monitoring.MonitoringSchedule;
import ru.nastavnik.monitoring.MonitoringStage;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;

/**
 * The municipality's monitoring calendar as dates and times per stage (not cron): the coordinator
 * checks a change — the dates of the next monitoring year it gives, deadlines moved off non-working
 * days, and what it means for the year already open — and then saves it through the same service as
 * {@code PUT /api/monitoring/schedule}. The department sees the calendar without changing it.
 */
@Controller
@RequestMapping("/nastavnik/municipalities/{id}/monitoring-calendar")
class MonitoringCalendarController {

  /** A stage of the next year: its moment now and with the change. */
  record Row(MonitoringStage stage, String now, String proposed, boolean changed) {}

  private final MonitoringSchedule schedule;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Clock clock;

  MonitoringCalendarController(MonitoringSchedule schedule, OrganizationService organizations, OrganizationAccess access,
      Clock clock) {
    this.schedule = schedule;
    this.organizations = organizations;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  String show(CurrentUser user, @PathVariable Long id, Model model) {
    Map<MonitoringStage, String> stored = schedule.schedule(user, id);
    return page(user, id, MonitoringCalendarForm.of(stored), stored, Map.of(), Map.of(), model);
  }

  @PostMapping
  String submit(CurrentUser user, @PathVariable Long id, @RequestParam Map<String, String> fields,
      @RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<MonitoringStage, String> stored = schedule.schedule(user, id);
    MonitoringCalendarForm form = MonitoringCalendarForm.entered(fields, stored);
    Map<String, String> errors = new LinkedHashMap<>();
    Map<MonitoringStage, String> changes = form.changes(errors);
    if (errors.isEmpty()) {
      Municipality municipality = organizations.municipality(id);
      Map<MonitoringStage, String> merged = new EnumMap<>(stored);
      merged.putAll(changes);
      ZoneId zone = municipality.getTimeZone();
      MonitoringCalendar.problems(merged, AcademicYear.of(clock.instant(), zone).startYear(), zone)
          .forEach((stage, problem) -> errors.put("day_" + stage.name(), "Этап " + problem));
      if (errors.isEmpty() && "save".equals(action)) {
        if (changes.isEmpty()) {
          redirect.addFlashAttribute("notice", "Календарь не изменился: даты и время те же.");
          return "redirect:/nastavnik/municipalities/" + id + "/monitoring-calendar";
        }
        try {
          MonitoringSchedule.ScheduleChange saved = schedule.updateSchedule(user, id,
              MonitoringCalendarForm.byName(changes), clock.instant());
          redirect.addFlashAttribute("notice", saved.notice());
          return "redirect:/nastavnik/municipalities/" + id + "/monitoring-calendar";
        } catch (BusinessRuleException e) {
          errors.put(e.getField() == null ? "general" : "day_" + e.getField(), e.getMessage());
        }
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    return page(user, id, form, stored, changes, errors, model);
  }

  private String page(CurrentUser user, Long id, MonitoringCalendarForm form, Map<MonitoringStage, String> stored,
      Map<MonitoringStage, String> changes, Map<String, String> errors, Model model) {
    Municipality municipality = organizations.municipality(id);
    ZoneId zone = municipality.getTimeZone();
    Instant now = clock.instant();
    int nextYear = AcademicYear.of(now, zone).startYear() + 1;
    Map<MonitoringStage, String> merged = new EnumMap<>(stored);
    merged.putAll(changes);
    List<Row> rows = new ArrayList<>();
    if (errors.isEmpty()) {
      Map<MonitoringStage, Instant> before = MonitoringCalendar.timeline(stored, nextYear, zone);
      Map<MonitoringStage, Instant> after = MonitoringCalendar.timeline(merged, nextYear, zone);
      for (MonitoringStage stage : MonitoringStage.values()) {
        rows.add(new Row(stage, moment(before.get(stage), zone), moment(after.get(stage), zone),
            !before.get(stage).equals(after.get(stage))));
      }
    }
    model.addAttribute("municipality", municipality);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("rows", rows);
    model.addAttribute("checked", !changes.isEmpty() && errors.isEmpty());
    model.addAttribute("yearTitle", new AcademicYear(nextYear).label());
    model.addAttribute("mayChange", access.canManageMunicipality(user, municipality));
    return "nastavnik/monitoring-calendar";
  }

  private static String moment(Instant at, ZoneId zone) {
    return FormDates.ru(at, zone) + ", " + FormDates.weekday(at, zone);
  }
}
