package ru.nastavnik.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.OrganizationService;

/** Data of the «Наставничество» view in Cockpit. */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Панель наставничества", description = "Сводные показатели муниципалитета для органа управления и координатора")
class DashboardController {

  private final DashboardService service;
  private final OrganizationService organizations;

  DashboardController(DashboardService service, OrganizationService organizations) {
    this.service = service;
    this.organizations = organizations;
  }

  @GetMapping
  @Operation(summary = "Показатели муниципалитета (или одной его организации) за всё время или за календарный год",
      description = "Охват молодых специалистов, пары по этапам, мероприятия дорожных карт по разделам (исполнено / в работе / "
          + "просрочено), план и факт показателей по годам, удовлетворённость встречами, просроченные мероприятия с "
          + "ответственными; в filters — годы и организации для фильтров")
  DashboardService.Dashboard dashboard(CurrentUser user, @RequestParam Long municipalityId, @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Integer year) {
    return service.dashboard(user, municipalityId, organizationId, year == null ? null : FormDates.academicYear(year, "year"));
  }

  @GetMapping("/municipalities")
  @Operation(summary = "Муниципалитеты, чью панель пользователь может открыть")
  List<MunicipalityOption> municipalities(CurrentUser user) {
    return organizations.municipalities(user).stream().map(MunicipalityOption::of).toList();
  }

  record MunicipalityOption(Long id, String name) {
    static MunicipalityOption of(Municipality m) {
      return new MunicipalityOption(m.getId(), m.getName());
    }
  }
}
