package ru.nastavnik.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/** REST for consents of one person. */
@RestController
@RequestMapping("/api/people/{personId}/consents")
@Tag(name = "Согласия", description = "Согласие на обработку персональных данных (152-ФЗ) и на участие в наставничестве")
class ConsentController {

  private final ConsentService service;

  ConsentController(ConsentService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Согласия участника, включая отозванные")
  List<ConsentView> list(CurrentUser user, @PathVariable Long personId) {
    return service.consentsOf(user, personId).stream().map(ConsentView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Зарегистрировать согласие")
  ConsentView record(CurrentUser user, @PathVariable Long personId, @Valid @RequestBody ConsentRequest request) {
    return ConsentView.of(service.record(user, personId, request.kind(), request.givenBy().trim(),
        request.givenByRelation(), request.givenAt(), request.document()));
  }

  @PostMapping("/{consentId}/withdraw")
  @Operation(summary = "Отозвать согласие")
  ConsentView withdraw(CurrentUser user, @PathVariable Long personId, @PathVariable Long consentId,
      @Valid @RequestBody(required = false) WithdrawRequest request) {
    return ConsentView.of(service.withdraw(user, personId, consentId, request == null ? null : request.reason()));
  }

  record ConsentRequest(
      @NotNull(message = "укажите вид согласия") ConsentKind kind,
      @NotBlank(message = "укажите, кто подписал согласие") @Size(max = 300, message = "не длиннее 300 символов") String givenBy,
      @NotNull(message = "укажите, кем приходится подписавший (SELF, PARENT, LEGAL_REPRESENTATIVE)") ConsentGiver givenByRelation,
      Instant givenAt,
      @Size(max = 300, message = "не длиннее 300 символов") String document) {}

  record WithdrawRequest(@Size(max = 1000, message = "причина не длиннее 1000 символов") String reason) {}

  record ConsentView(Long id, Long personId, ConsentKind kind, String kindTitle, String givenBy,
      ConsentGiver givenByRelation, Instant givenAt, String document, boolean valid, Instant withdrawnAt,
      String withdrawalReason) {
    static ConsentView of(Consent c) {
      return new ConsentView(c.getId(), c.getPerson().getId(), c.getKind(), c.getKind().title(), c.getGivenBy(),
          c.getGivenByRelation(), c.getGivenAt(), c.getDocument(), c.isValid(), c.getWithdrawnAt(),
          c.getWithdrawalReason());
    }
  }
}
