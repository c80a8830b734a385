package ru.nastavnik.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.EngineClock;

/** The director's orders as Word documents: the order fixing a pair and the order appointing the curator. */
@RestController
@Tag(name = "Приказы", description = "Проекты и итоговые тексты приказов руководителя (DOCX)")
class OrderController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final OrderService service;

  OrderController(OrderService service) {
    this.service = service;
  }

  @GetMapping("/api/pairs/{pairId}/order.docx")
  @Operation(summary = "Приказ о закреплении наставнической пары (группы): проект, пока приказ не издан, затем — с номером"
      + " и датой, указанными руководителем")
  ResponseEntity<byte[]> pairOrder(@PathVariable Long pairId) {
    return file(service.pairOrder(pairId, CurrentUser.require(), now()));
  }

  @GetMapping("/api/organizations/{id}/curator-order.docx")
  @Operation(summary = "Проект приказа о назначении куратора реализации программ наставничества: кого (personId, по умолчанию"
      + " нынешний куратор), номер и дата (dd.MM.yyyy), если известны; ничего не сохраняет")
  ResponseEntity<byte[]> curatorOrder(@PathVariable Long id, @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String number, @RequestParam(required = false) String date) {
    return file(service.curatorOrder(id, personId, number, date, CurrentUser.require(), now()));
  }

  private static Instant now() {
    return EngineClock.now();
  }

  private static ResponseEntity<byte[]> file(OrderService.Order order) {
    return ResponseEntity.ok().contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(order.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(order.content());
  }
}
