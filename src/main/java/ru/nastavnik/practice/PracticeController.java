package ru.nastavnik.practice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/** REST for the bank of successful practices: the published bank and the proposals under review. */
@RestController
@RequestMapping("/api/practices")
@Tag(name = "Банк успешных практик", description = "Практики, предложенные по итогам программ, их рассмотрение"
    + " координатором и опубликованный банк")
class PracticeController {

  private final PracticeService service;

  PracticeController(PracticeService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Практики муниципалитета или организации: опубликованные — всем участникам муниципалитета,"
      + " предложения — координатору, управлению и куратору организации")
  List<PracticeView> list(CurrentUser user, @RequestParam(required = false) Long municipalityId,
      @RequestParam(required = false) Long organizationId, @RequestParam(required = false) PracticeStatus status) {
    return service.list(user, municipalityId, organizationId, status);
  }

  @GetMapping("/published")
  @Operation(summary = "Банк успешных практик: опубликованные практики муниципалитета")
  List<PracticeView> published(CurrentUser user, @RequestParam(required = false) Long municipalityId,
      @RequestParam(required = false) Long organizationId) {
    return service.list(user, municipalityId, organizationId, PracticeStatus.PUBLISHED);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Практика")
  PracticeView practice(CurrentUser user, @PathVariable Long id) {
    return service.view(user, id);
  }
}
