package ru.nastavnik.privacy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.PersonalDataConsentWithdrawn;

/** A withdrawn personal-data consent erases the person's data in the same transaction. */
@Component
class ConsentWithdrawalListener {

  private final PersonalDataErasure erasure;

  ConsentWithdrawalListener(PersonalDataErasure erasure) {
    this.erasure = erasure;
  }

  @EventListener
  void withdrawn(PersonalDataConsentWithdrawn event) {
    String reason = event.reason() == null || event.reason().isBlank() ? "" : ": " + event.reason().trim();
    erasure.erase(event.personId(), "согласие на обработку персональных данных отозвано" + reason, event.withdrawnBy());
  }
}
