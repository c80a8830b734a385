package ru.nastavnik.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

/** The director's orders as Word documents: the order fixing a pair and the order appointing the curator. */
@RestController
@Tag(name = "Приказы", description = "Проекты и итоговые тексты приказов руководителя (DOCX)")
class OrderController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final OrderService service;
  private final Clock clock;

  OrderController(OrderService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @GetMapping("/api/pairs/{pairId}/order.docx")
  @Operation(summary = "Приказ о закреплении наставнической пары (группы): проект, пока приказ не издан, затем — с номером"
      + " и датой, указанными руководителем")
  ResponseEntity<byte[]> pairOrder(CurrentUser user, @PathVariable Long pairId) {
    return file(service.pairOrder(user, pairId, now()));
  }

  @GetMapping("/api/organizations/{id}/curator-order.docx")
  @Operation(summary = "Проект приказа о назначении куратора реализации программ наставничества: кого (personId, по умолчанию"
      + " нынешний куратор), номер и дата (dd.MM.yyyy), если известны; ничего не сохраняет")
  ResponseEntity<byte[]> curatorOrder(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String number, @RequestParam(required = false) String date) {
    return file(service.curatorOrder(user, id, personId, number, date, now()));
  }

  private Instant now() {
    return clock.instant();
  }

  private static ResponseEntity<byte[]> file(OrderService.Order order) {
    return ResponseEntity.ok().contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(order.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(order.content());
  }
}
