package ru.nastavnik.pair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/**
 * Forms a pair for an accepted request, the transitions the process's delegates call: records
 * each search (a search that finds nobody stays visible to the coordinator), takes the curator's
 * choice, both confirmations and the director's order. Ranking is {@link MentorRanking}'s, the
 * tasks' texts {@link PairTaskTexts}', the mentor's letters {@link PairLetters}'.
 */
@Service
@Transactional
public class PairFormationService {


  private final MentoringRequestService requests;
  private final MentorRanking ranking;
  private final MentoringPairRepository pairs;
  private final PairSearchAttemptRepository attempts;
  private final MentorExclusionRepository exclusions;
  private final ConsentService consents;
  private final MentorProfileRepository mentors;

  PairFormationService(MentoringRequestService requests, MentorRanking ranking, MentoringPairRepository pairs,
      PairSearchAttemptRepository attempts, MentorExclusionRepository exclusions, ConsentService consents,
      MentorProfileRepository mentors) {
    this.requests = requests;
    this.ranking = ranking;
    this.pairs = pairs;
    this.attempts = attempts;
    this.exclusions = exclusions;
    this.consents = consents;
    this.mentors = mentors;
  }

  /** Searches candidates for the request and records the attempt. */
  public SearchOutcome search(Long requestId, Instant now) {
    MentoringRequest request = ranking.acceptedRequest(requestId);
    int found = ranking.ranked(request).size();
    attempts.save(new PairSearchAttempt(requestId, now, found));
    boolean supportRecorded = attempts.findByRequestIdOrderByAttemptedAtDesc(requestId).stream()
        .anyMatch(a -> a.getSupportNote() != null);
    return new SearchOutcome(found, !now.isBefore(academicYearEnd(request)), supportRecorded);
  }

  /** Several requests matched with one mentor: the pairs share a group code. */
  public void formGroup(List<MentoringPair> members) {
    if (members.size() < 2) {
      return;
    }
    String code = "группа-" + members.get(0).getId();
    members.forEach(pair -> pair.joinGroup(code));
  }

  /** The curator's choice: a mentor of the ranked list, or none. */
  public Optional<MentoringPair> propose(Long requestId, MentorChoice choice, String curator, Instant now) {
    return propose(requestId, choice, List.of(), null, curator, now);
  }

  /**
   * The curator's choice, taking {@code excluded} mentors (candidates of the list, as the form's
   * values) out of this request's candidates for good, with an optional reason.
   */
  public Optional<MentoringPair> propose(Long requestId, MentorChoice choice, Collection<String> excluded, String exclusionReason,
      String curator, Instant now) {
    if (!excluded.isEmpty()) {
      exclude(ranking.acceptedRequest(requestId), excluded, exclusionReason, choice.value(), curator, now);
    }
    if (choice.isNone()) {
      return Optional.empty();
    }
    MentoringRequest request = ranking.acceptedRequest(requestId);
    RankedMentor chosen = ranking.ranked(request).stream()
        .filter(c -> c.mentorProfileId() == choice.mentorProfileId()).findFirst()
        .orElseThrow(() -> new BusinessRuleException("mentorProfileId",
            "Этот наставник сейчас не может быть закреплён за запросом (нет мест, согласия или он уже отказался); выберите другого"));
    MentorProfile mentor = mentors.getReferenceById(chosen.mentorProfileId());
    consents.requirePersonalDataConsents("mentorProfileId", request.getMentee(), mentor.getPerson());
    return Optional.of(pairs.save(new MentoringPair(request, mentor, chosen.score(), chosen.explanation(), curator, now)));
  }

  public MentoringPair mentorAnswer(Long pairId, PairAnswer answer, String comment, Instant now) {
    MentoringPair pair = pair(pairId);
    pair.requireStatus(PairStatus.PROPOSED);
    if (answer.accepted()) {
      consents.requirePersonalDataConsents("accepted", pair.getRequest().getMentee(), pair.getMentor().getPerson());
      if (!consents.hasValid(pair.getMentor().getPerson().getId(), ConsentKind.MENTORING_DUTIES)) {
        throw new BusinessRuleException("accepted", "Нет действующего согласия наставника на дополнительные обязанности");
      }
      pair.mentorConfirmed(now);
    } else {
      pair.decline("Наставник отказался: " + reason(comment), now);
    }
    return pair;
  }

  public MentoringPair menteeAnswer(Long pairId, PairAnswer answer, String comment, Instant now) {
    MentoringPair pair = pair(pairId);
    pair.requireStatus(PairStatus.MENTOR_CONFIRMED);
    if (answer.accepted()) {
      consents.requirePersonalDataConsents("accepted", pair.getRequest().getMentee(), pair.getMentor().getPerson());
      // Her confirmation is her written consent to mentoring (381-ФЗ), as the mentor's is on file before he agrees.
      consents.confirmOwnConsent("accepted", pair.getRequest().getMentee(), ConsentKind.MENTORING_DUTIES, now,
          "Подтверждение участия в наставнической паре № " + pair.getId());
      pair.menteeConfirmed(now);
    } else {
      pair.decline("Наставляемый отказался: " + reason(comment), now);
    }
    return pair;
  }

  /** Ten working days without the mentor's answer: the pair falls through, the curator chooses again. */
  public void mentorSilent(Long pairId, Instant now) {
    MentoringPair pair = pair(pairId);
    if (pair.getStatus() == PairStatus.PROPOSED) {
      pair.decline("Наставник не ответил в течение 10 рабочих дней", now);
    }
  }

  /** While no mentor is found, the curator records the support the mentee gets. */
  public void recordSupport(Long requestId, String note) {
    String text = note == null ? "" : note.trim();
    if (text.isEmpty()) {
      throw new BusinessRuleException("supportNote", "Опишите психолого-педагогическую поддержку наставляемого");
    }
    if (text.length() > 2000) {
      throw new BusinessRuleException("supportNote", "Описание поддержки не длиннее 2000 символов");
    }
    PairSearchAttempt last = attempts.findByRequestIdOrderByAttemptedAtDesc(requestId).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("Поиск наставника по запросу № " + requestId + " ещё не проводился"));
    last.setSupportNote(text);
  }

  /** Before the pair's data is processed further (its program starts): both must have a valid personal-data consent. */
  @Transactional(readOnly = true)
  public void requireConsents(MentoringPair pair) {
    consents.requirePersonalDataConsents("form", pair.getRequest().getMentee(), pair.getMentor().getPerson());
  }

  /** The director's order fixes the pair: number and date ({@code null}: not given) as written on the order. */
  public MentoringPair activate(Long pairId, String orderNumber, LocalDate date, Instant now) {
    MentoringPair pair = pair(pairId);
    pair.requireStatus(PairStatus.CONFIRMED);
    String number = orderNumber == null ? "" : orderNumber.trim();
    if (number.isEmpty() || number.length() > 100) {
      throw new BusinessRuleException("orderNumber", "Укажите номер приказа (до 100 символов)");
    }
    ZoneId zone = pair.getOrganization().getMunicipality().getTimeZone();
    if (date == null) {
      throw new BusinessRuleException("orderDate", "Укажите дату приказа");
    }
    if (date.isAfter(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("orderDate", "Дата приказа не может быть в будущем");
    }
    if (date.isBefore(pair.getProposedAt().atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("orderDate", "Дата приказа раньше, чем пара была предложена ("
          + FormDates.ruDate(pair.getProposedAt(), zone) + ")");
    }
    consents.requirePersonalDataConsents("orderNumber", pair.getRequest().getMentee(), pair.getMentor().getPerson());
    pair.activate(number, date, now);
    requests.followPair(pair.getRequest().getId(), RequestStatus.IN_PAIR);
    return pair;
  }

  @Transactional(readOnly = true)
  public MentoringPair pair(Long id) {
    return pairs.findDetailedById(id).orElseThrow(() -> new NotFoundException("Пара № " + id + " не найдена"));
  }

  /** «пара № 4: Лебедев С. Ю. → Новикова А. Д. (СОШ № 1)» — for task names. */
  @Transactional(readOnly = true)
  public String label(Long pairId) {
    return pair(pairId).label();
  }

  private void exclude(MentoringRequest request, Collection<String> excluded, String reason, String choice,
      String curator, Instant now) {
    String field = "excludedMentors";
    Map<String, RankedMentor> candidates = new LinkedHashMap<>();
    ranking.ranked(request).forEach(c -> candidates.put(String.valueOf(c.mentorProfileId()), c));
    for (String value : new LinkedHashSet<>(excluded)) {
      if (value.equals(choice)) {
        throw new BusinessRuleException(field, "Нельзя выбрать наставника и одновременно исключить его"
            + " из кандидатов по запросу");
      }
      RankedMentor candidate = candidates.get(value);
      if (candidate == null) {
        throw new BusinessRuleException(field, "Исключить можно только наставника из списка кандидатов");
      }
      exclusions.save(new MentorExclusion(request.getId(), mentors.getReferenceById(candidate.mentorProfileId()), reason, curator, now));
    }
  }

  /** The search goes on until the end of the academic year in which the request was accepted. */
  private static Instant academicYearEnd(MentoringRequest request) {
    ZoneId zone = request.getOrganization().getMunicipality().getTimeZone();
    Instant accepted = request.getDecidedAt() == null ? request.getFiledAt() : request.getDecidedAt();
    LocalDate day = accepted.atZone(zone).toLocalDate();
    int start = AcademicYear.of(day).startYear();
    return WorkingDays.endOfDay(LocalDate.of(start + 1, 8, 31), zone);
  }

  private static String reason(String comment) {
    String text = comment == null ? "" : comment.trim();
    if (text.isEmpty()) {
      throw new BusinessRuleException("comment", "Укажите причину отказа");
    }
    if (text.length() > 1900) {
      throw new BusinessRuleException("comment", "Причина не длиннее 1900 символов");
    }
    return text;
  }
}
