package ru.nastavnik.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.practice.PracticeStatus;

/**
 * Registries as Excel files, for one organization or a whole municipality. The workbook is
 * streamed into the response: the headers are set once access is granted and the rows are read,
 * so a refusal is still an ordinary problem response.
 */
@RestController
@RequestMapping("/api/registries")
@Tag(name = "Реестры", description = "Банки наставников и наставляемых, учёт участников, программы, успешные практики (XLSX)")
class RegistryController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RegistryService service;

  RegistryController(RegistryService service) {
    this.service = service;
  }

  @GetMapping("/mentors.xlsx")
  @Operation(summary = "Банк наставников")
  void mentors(CurrentUser user, @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long municipalityId,
      HttpServletResponse response) {
    service.mentors(user, organizationId, municipalityId, sink(response));
  }

  @GetMapping("/mentees.xlsx")
  @Operation(summary = "Банк наставляемых с перечнем запросов")
  void mentees(CurrentUser user, @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long municipalityId,
      HttpServletResponse response) {
    service.mentees(user, organizationId, municipalityId, sink(response));
  }

  @GetMapping("/participants.xlsx")
  @Operation(summary = "Персонифицированный учёт участников")
  void participants(CurrentUser user, @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long municipalityId,
      HttpServletResponse response) {
    service.participants(user, organizationId, municipalityId, sink(response));
  }

  @GetMapping("/programs.xlsx")
  @Operation(summary = "Реестр программ наставничества")
  void programs(CurrentUser user, @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long municipalityId,
      HttpServletResponse response) {
    service.programs(user, organizationId, municipalityId, sink(response));
  }

  @GetMapping("/practices.xlsx")
  @Operation(summary = "Банк успешных практик: опубликованные практики; с параметром status — предложения"
      + " (координатору муниципалитета и куратору организации)")
  void practices(CurrentUser user, @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long municipalityId,
      @RequestParam(required = false) PracticeStatus status, HttpServletResponse response) {
    service.practices(user, organizationId, municipalityId, status, sink(response));
  }

  private static RegistryService.Sink sink(HttpServletResponse response) {
    return fileName -> {
      response.setContentType(XLSX.toString());
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
      return response.getOutputStream();
    };
  }
}
