package ru.nastavnik.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.practice.PracticeStatus;

/** Registries as Excel files, for one organization or a whole municipality. */
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
  ResponseEntity<byte[]> mentors(@RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Long municipalityId) {
    return file(service.mentors(organizationId, municipalityId));
  }

  @GetMapping("/mentees.xlsx")
  @Operation(summary = "Банк наставляемых с перечнем запросов")
  ResponseEntity<byte[]> mentees(@RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Long municipalityId) {
    return file(service.mentees(organizationId, municipalityId));
  }

  @GetMapping("/participants.xlsx")
  @Operation(summary = "Персонифицированный учёт участников")
  ResponseEntity<byte[]> participants(@RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Long municipalityId) {
    return file(service.participants(organizationId, municipalityId));
  }

  @GetMapping("/programs.xlsx")
  @Operation(summary = "Реестр программ наставничества")
  ResponseEntity<byte[]> programs(@RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Long municipalityId) {
    return file(service.programs(organizationId, municipalityId));
  }

  @GetMapping("/practices.xlsx")
  @Operation(summary = "Банк успешных практик: опубликованные практики; с параметром status — предложения"
      + " (координатору муниципалитета и куратору организации)")
  ResponseEntity<byte[]> practices(@RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) Long municipalityId, @RequestParam(required = false) PracticeStatus status) {
    return file(service.practices(organizationId, municipalityId, status));
  }

  private static ResponseEntity<byte[]> file(RegistryService.Registry registry) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(registry.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(registry.content());
  }
}
