package ru.nastavnik.pair;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.person.Person;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/** The letters of pair formation to the proposed mentor: the proposal with its deadline, and the reminder. */
@Service
@Transactional
public class PairLetters {

  private final MentoringPairRepository pairs;
  private final Notifier notifier;

  PairLetters(MentoringPairRepository pairs, Notifier notifier) {
    this.pairs = pairs;
    this.notifier = notifier;
  }

  /** The curator proposed the pair: the mentor learns it by e-mail, with the deadline of the answer. */
  public void inviteMentor(Long pairId, Instant answerBy) {
    MentoringPair pair = pair(pairId);
    ZoneId zone = pair.getOrganization().getMunicipality().getTimeZone();
    notifyMentor(pair, "Вам предложено стать наставником: ответьте до " + FormDates.ruDate(answerBy, zone),
        "Куратор предложил вам стать наставником: " + pair.getRequest().getMentee().getFullName() + " ("
            + pair.getOrganization().getShortName() + "), наставническая пара № " + pair.getId() + ".\n\n"
            + "Подтвердите согласие или откажитесь в Tasklist (задача «Подтвердить участие наставника») до "
            + FormDates.ru(answerBy, zone) + " (по местному времени).");
  }

  /**
   * The mentor has not answered by the deadline: a reminder that says so, and when the proposal is
   * withdrawn if the silence goes on.
   */
  public void remindMentor(Long pairId, Instant answerBy, Instant withdrawnAt) {
    MentoringPair pair = pair(pairId);
    if (pair.getStatus() != PairStatus.PROPOSED) {
      return;
    }
    ZoneId zone = pair.getOrganization().getMunicipality().getTimeZone();
    notifyMentor(pair, "Напоминание: подтвердите участие в наставнической паре № " + pair.getId(),
        "Это напоминание: " + FormDates.ruDate(pair.getProposedAt(), zone) + " куратор предложил вам стать наставником: "
            + pair.getRequest().getMentee().getFullName() + " (" + pair.getOrganization().getShortName() + ")."
            + (answerBy == null ? "" : " Срок ответа — " + FormDates.ru(answerBy, zone) + ", ответа пока нет.")
            + "\n\nПодтвердите согласие или откажитесь в Tasklist (задача «Подтвердить участие наставника»)"
            + (withdrawnAt == null ? "." : " до " + FormDates.ru(withdrawnAt, zone)
                + ": без ответа предложение будет снято, и куратор выберет другого наставника."));
  }

  private MentoringPair pair(Long id) {
    return pairs.findDetailedById(id).orElseThrow(() -> new NotFoundException("Пара № " + id + " не найдена"));
  }

  private void notifyMentor(MentoringPair pair, String subject, String body) {
    Person mentor = pair.getMentor().getPerson();
    notifier.notifyPerson(mentor.getLogin() == null ? "наставник " + mentor.getFullName() : mentor.getLogin(),
        mentor.getEmail(), subject, body);
  }
}
