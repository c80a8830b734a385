package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.EXCLUDED_MENTORS;
import static ru.nastavnik.pair.PairFormationProcessVariables.EXCLUSION_REASON;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.matching.Candidate;
import ru.nastavnik.matching.MentorMatcher;
import ru.nastavnik.matching.ScoringWeights;
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.person.Person;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.NotFoundException;

/**
 * Forms a pair for an accepted request: ranks the mentors of the municipality, records each
 * search (a search that finds nobody stays visible to the coordinator), takes the curator's
 * choice, both confirmations and the director's order.
 */
@Service
@Transactional
public class PairFormationService {

  /** The curator's choice when no candidate suits: psychological-pedagogical support meanwhile. */
  public static final String NO_MENTOR = "NONE";

  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** Candidates explained in the choice task's text; the select lists them all. */
  static final int SHOWN_CANDIDATES = 10;

  private final MentoringRequestService requests;
  private final MatchingProfiles profiles;
  private final MentoringPairRepository pairs;
  private final PairSearchAttemptRepository attempts;
  private final MentorExclusionRepository exclusions;
  private final ConsentService consents;
  private final Notifier notifier;
  private final MentorProfileRepository mentors;
  private final MentorMatcher matcher = new MentorMatcher(ScoringWeights.defaults());

  PairFormationService(MentoringRequestService requests, MatchingProfiles profiles, MentoringPairRepository pairs,
      PairSearchAttemptRepository attempts, MentorExclusionRepository exclusions, ConsentService consents, Notifier notifier,
      MentorProfileRepository mentors) {
    this.requests = requests;
    this.profiles = profiles;
    this.pairs = pairs;
    this.attempts = attempts;
    this.exclusions = exclusions;
    this.consents = consents;
    this.notifier = notifier;
    this.mentors = mentors;
  }

  /** Searches candidates for the request and records the attempt. */
  public SearchOutcome search(Long requestId, Instant now) {
    MentoringRequest request = acceptedRequest(requestId);
    int found = ranked(request).size();
    attempts.save(new PairSearchAttempt(requestId, now, found));
    boolean supportRecorded = attempts.findByRequestIdOrderByAttemptedAtDesc(requestId).stream()
        .anyMatch(a -> a.getSupportNote() != null);
    return new SearchOutcome(found, !now.isBefore(academicYearEnd(request)), supportRecorded);
  }

  /** Candidates for the request, best first, as the curator sees them. */
  @Transactional(readOnly = true)
  public List<RankedMentor> candidates(Long requestId) {
    return ranked(acceptedRequest(requestId));
  }

  /**
   * Requests of the same organization that wait for the curator's choice too: they can join a
   * group with the mentor chosen here.
   */
  @Transactional(readOnly = true)
  public List<Map<String, String>> groupOptions(Long requestId, Set<Long> waiting) {
    MentoringRequest request = requests.request(requestId);
    List<Map<String, String>> options = new ArrayList<>();
    for (Long other : waiting) {
      if (other.equals(requestId)) {
        continue;
      }
      MentoringRequest candidate = requests.request(other);
      if (candidate.getOrganization().getId().equals(request.getOrganization().getId())) {
        options.add(Map.of("label", "Запрос № " + other + ": " + candidate.getMentee().getFullName(), "value", String.valueOf(other)));
      }
    }
    return options;
  }

  /** Several requests matched with one mentor: the pairs share a group code. */
  public void formGroup(List<MentoringPair> members) {
    if (members.size() < 2) {
      return;
    }
    String code = "группа-" + members.get(0).getId();
    members.forEach(pair -> pair.joinGroup(code));
  }

  /** The curator's choice: a mentor of the ranked list, or {@link #NO_MENTOR}. */
  public Optional<MentoringPair> propose(Long requestId, String choice, String curator, Instant now) {
    return propose(requestId, choice, List.of(), null, curator, now);
  }

  /**
   * The curator's choice, taking {@code excluded} mentors (candidates of the list) out of this
   * request's candidates for good, with an optional reason.
   */
  public Optional<MentoringPair> propose(Long requestId, String choice, Collection<String> excluded, Object exclusionReason,
      String curator, Instant now) {
    if (choice == null || choice.isBlank()) {
      throw new BusinessRuleException("mentorProfileId", "Выберите наставника из списка или отметьте, что подходящего нет");
    }
    if (!excluded.isEmpty()) {
      exclude(acceptedRequest(requestId), excluded, exclusionReason, choice.trim(), curator, now);
    }
    if (NO_MENTOR.equals(choice.trim())) {
      return Optional.empty();
    }
    long mentorId;
    try {
      mentorId = Long.parseLong(choice.trim());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("mentorProfileId", "Выберите наставника из списка");
    }
    MentoringRequest request = acceptedRequest(requestId);
    RankedMentor chosen = ranked(request).stream().filter(c -> c.mentorProfileId() == mentorId).findFirst()
        .orElseThrow(() -> new BusinessRuleException("mentorProfileId",
            "Этот наставник сейчас не может быть закреплён за запросом (нет мест, согласия или он уже отказался); выберите другого"));
    MentorProfile mentor = mentors.getReferenceById(chosen.mentorProfileId());
    consents.requirePersonalDataConsents("mentorProfileId", request.getMentee(), mentor.getPerson());
    return Optional.of(pairs.save(new MentoringPair(request, mentor, chosen.score(), chosen.explanation(), curator, now)));
  }

  public MentoringPair mentorAnswer(Long pairId, boolean accepted, String comment, Instant now) {
    MentoringPair pair = pair(pairId);
    requireStatus(pair, PairStatus.PROPOSED);
    if (accepted) {
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

  public MentoringPair menteeAnswer(Long pairId, boolean accepted, String comment, Instant now) {
    MentoringPair pair = pair(pairId);
    requireStatus(pair, PairStatus.MENTOR_CONFIRMED);
    if (accepted) {
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

  private void notifyMentor(MentoringPair pair, String subject, String body) {
    Person mentor = pair.getMentor().getPerson();
    notifier.notifyPerson(mentor.getLogin() == null ? "наставник " + mentor.getFullName() : mentor.getLogin(),
        mentor.getEmail(), subject, body);
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

  /** The director's order fixes the pair: number and date as written on the order. */
  public MentoringPair activate(Long pairId, String orderNumber, Object orderDate, Instant now) {
    MentoringPair pair = pair(pairId);
    requireStatus(pair, PairStatus.CONFIRMED);
    String number = orderNumber == null ? "" : orderNumber.trim();
    if (number.isEmpty() || number.length() > 100) {
      throw new BusinessRuleException("orderNumber", "Укажите номер приказа (до 100 символов)");
    }
    ZoneId zone = pair.getOrganization().getMunicipality().getTimeZone();
    LocalDate date = date(orderDate, zone);
    if (date.isAfter(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("orderDate", "Дата приказа не может быть в будущем");
    }
    if (date.isBefore(pair.getProposedAt().atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("orderDate", "Дата приказа раньше, чем пара была предложена ("
          + RU_DATE.format(pair.getProposedAt().atZone(zone)) + ")");
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
    MentoringPair pair = pair(pairId);
    return "пара № " + pairId + ": наставник " + pair.getMentor().getPerson().getFullName() + ", наставляемый "
        + pair.getRequest().getMentee().getFullName() + " (" + pair.getOrganization().getShortName() + ")";
  }

  /** What both sides and the director read before agreeing (Markdown). */
  @Transactional(readOnly = true)
  public String summary(Long pairId) {
    MentoringPair pair = pair(pairId);
    MentoringRequest request = pair.getRequest();
    return "**Наставническая пара № " + pair.getId() + "** — " + pair.getStatus().title()
        + "\n\n**Наставник:** " + Markdown.text(pair.getMentor().getPerson().getFullName())
        + "\n\n**Наставляемый:** " + Markdown.text(request.getMentee().getFullName())
        + "\n\n**Форма наставничества:** " + request.getDesiredForm().title()
        + "\n\n**Почему предложен этот наставник:** " + Markdown.text(pair.getExplanation()) + " (" + pair.getScore() + " из 100)"
        + "\n\n" + requests.summary(request.getId());
  }

  /**
   * What the curator's choice form shows, from one ranking of the bank (ranking is the costly
   * part: the form is filled whenever it is opened): the text, the select's options and the
   * exclusion checklist.
   */
  @Transactional(readOnly = true)
  public ChoiceForm choiceForm(Long requestId) {
    List<RankedMentor> ranked = candidates(requestId);
    Map<Long, MentoringPair> endedEarly = endedEarlyByMentor(requestId);
    List<Map<String, String>> excludeOptions = excludeOptions(ranked, endedEarly);
    List<Map<String, String>> candidateOptions = new ArrayList<>(excludeOptions);
    candidateOptions.add(Map.of("label", "Подходящего наставника нет — оказать психолого-педагогическую поддержку",
        "value", NO_MENTOR));
    return new ChoiceForm(candidatesMarkdown(requestId, ranked, endedEarly), candidateOptions, excludeOptions);
  }

  /** The choice form's text, the options of its select and of its exclusion checklist. */
  public record ChoiceForm(String markdown, List<Map<String, String>> candidateOptions,
      List<Map<String, String>> excludeOptions) {}

  /**
   * The choice task (Markdown): first what became of the pairs already proposed for this request
   * (why a mentor declined, why a pair ended early) and whom the curator excluded, then the
   * candidates, a mentor whose pair with this mentee ended early marked so.
   */
  private String candidatesMarkdown(Long requestId, List<RankedMentor> ranked, Map<Long, MentoringPair> endedEarly) {
    MentoringRequest request = requests.request(requestId);
    ZoneId zone = request.getOrganization().getMunicipality().getTimeZone();
    List<MentoringPair> history = pairs.findByRequestIdOrderByProposedAt(requestId).stream()
        .filter(p -> p.getStatus() == PairStatus.DECLINED || p.getStatus() == PairStatus.ENDED_EARLY).toList();
    StringBuilder text = new StringBuilder();
    if (!history.isEmpty()) {
      text.append("**Прежние пары по этому запросу:**\n");
      for (MentoringPair pair : history) {
        text.append("\n- пара № ").append(pair.getId()).append(", наставник ")
            .append(Markdown.text(pair.getMentor().getPerson().getFullName())).append(": ")
            .append(pair.getStatus().title().toLowerCase(Locale.ROOT)).append(" ")
            .append(FormDates.ruDate(pair.getEndedAt(), zone)).append(" — ").append(Markdown.text(pair.getEndReason(), "причина не указана"));
      }
      text.append("\n\n");
    }
    List<MentorExclusion> excluded = exclusions.findByRequestIdOrderByExcludedAt(requestId);
    if (!excluded.isEmpty()) {
      text.append("**Исключены куратором из кандидатов по этому запросу:**\n");
      for (MentorExclusion exclusion : excluded) {
        text.append("\n- ").append(Markdown.text(exclusion.getMentor().getPerson().getFullName())).append(" (")
            .append(FormDates.ruDate(exclusion.getExcludedAt(), zone))
            .append(exclusion.getReason() == null ? "" : ": " + Markdown.text(exclusion.getReason())).append(")");
      }
      text.append("\n\n");
    }
    text.append("**Подходящие наставники** (лучшие сверху)\n\n");
    int n = 1;
    for (RankedMentor candidate : ranked.subList(0, Math.min(ranked.size(), SHOWN_CANDIDATES))) {
      text.append(n++).append(". **").append(Markdown.text(candidate.fullName())).append("** (")
          .append(Markdown.text(candidate.organization())).append(") — ").append(candidate.score())
          .append(" из 100: ").append(Markdown.text(candidate.explanation()));
      MentoringPair earlier = endedEarly.get(candidate.mentorProfileId());
      if (earlier != null) {
        text.append(" — **пара № ").append(earlier.getId()).append(" с этим наставником завершена досрочно ")
            .append(FormDates.ruDate(earlier.getEndedAt(), zone)).append(": ")
            .append(Markdown.text(earlier.getEndReason(), "причина не указана")).append("**");
      }
      text.append("\n");
    }
    if (ranked.size() > SHOWN_CANDIDATES) {
      text.append("\nЕщё ").append(ranked.size() - SHOWN_CANDIDATES).append(" — в списке выбора ниже (по убыванию баллов).\n");
    }
    if (ranked.isEmpty()) {
      text.append("Подходящих наставников сейчас нет.");
    }
    return text.toString();
  }

  /** Options of the exclusion checklist: every candidate. */
  private static List<Map<String, String>> excludeOptions(List<RankedMentor> ranked, Map<Long, MentoringPair> endedEarly) {
    List<Map<String, String>> options = new ArrayList<>();
    for (RankedMentor candidate : ranked) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", candidate.fullName() + " — " + candidate.score() + " из 100"
          + (endedEarly.containsKey(candidate.mentorProfileId()) ? " (пара по этому запросу завершена досрочно)" : ""));
      option.put("value", String.valueOf(candidate.mentorProfileId()));
      options.add(option);
    }
    return options;
  }

  /** The mentors the curator excluded from the request's candidates. */
  @Transactional(readOnly = true)
  public List<MentorExclusion> exclusionsOf(Long requestId) {
    return exclusions.findByRequestIdOrderByExcludedAt(requestId);
  }

  @Transactional(readOnly = true)
  public List<PairSearchAttempt> attemptsOf(Long requestId) {
    return attempts.findByRequestIdOrderByAttemptedAtDesc(requestId);
  }

  private List<RankedMentor> ranked(MentoringRequest request) {
    MatchingProfiles.Bank bank = profiles.bankFor(request.getOrganization().getMunicipality().getId());
    // Who declined this request, or was excluded from it by the curator, is not proposed again.
    Set<Long> declined = pairs.findByRequestIdAndStatus(request.getId(), PairStatus.DECLINED).stream()
        .map(p -> p.getMentor().getId()).collect(Collectors.toCollection(HashSet::new));
    exclusions.findByRequestIdOrderByExcludedAt(request.getId()).forEach(e -> declined.add(e.getMentor().getId()));
    List<ru.nastavnik.matching.MentorProfile> available = bank.mentors().stream()
        .filter(m -> !declined.contains(bank.mentorOf(m).mentorProfileId())).toList();
    List<RankedMentor> result = new ArrayList<>();
    for (Candidate candidate : matcher.rank(profiles.menteeOf(request), available)) {
      MatchingProfiles.Mentor mentor = bank.mentorOf(candidate.mentor());
      result.add(new RankedMentor(mentor.mentorProfileId(), mentor.fullName(), mentor.organization(), candidate.score(),
          candidate.explanation()));
    }
    return result;
  }

  private MentoringRequest acceptedRequest(Long requestId) {
    MentoringRequest request = requests.request(requestId);
    if (!RequestStatus.AWAITING_MENTOR.contains(request.getStatus())) {
      throw new BusinessRuleException("Запрос № " + requestId + " не ждёт наставника: " + request.getStatus().title());
    }
    return request;
  }

  private Map<Long, MentoringPair> endedEarlyByMentor(Long requestId) {
    Map<Long, MentoringPair> result = new LinkedHashMap<>();
    pairs.findByRequestIdOrderByProposedAt(requestId).stream().filter(p -> p.getStatus() == PairStatus.ENDED_EARLY)
        .forEach(p -> result.put(p.getMentor().getId(), p));
    return result;
  }

  private void exclude(MentoringRequest request, Collection<String> excluded, Object reasonValue, String choice,
      String curator, Instant now) {
    String reason = FormValues.optionalText(reasonValue, EXCLUSION_REASON, 1000);
    Map<String, RankedMentor> candidates = new LinkedHashMap<>();
    ranked(request).forEach(c -> candidates.put(String.valueOf(c.mentorProfileId()), c));
    for (String value : new LinkedHashSet<>(excluded)) {
      if (value.equals(choice)) {
        throw new BusinessRuleException(EXCLUDED_MENTORS, "Нельзя выбрать наставника и одновременно исключить его"
            + " из кандидатов по запросу");
      }
      RankedMentor candidate = candidates.get(value);
      if (candidate == null) {
        throw new BusinessRuleException(EXCLUDED_MENTORS, "Исключить можно только наставника из списка кандидатов");
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

  private static void requireStatus(MentoringPair pair, PairStatus expected) {
    if (pair.getStatus() != expected) {
      throw new BusinessRuleException("Пара № " + pair.getId() + " уже в состоянии «" + pair.getStatus().title() + "»");
    }
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

  private static LocalDate date(Object value, ZoneId zone) {
    LocalDate date = FormDates.parse(value, "orderDate", "Дата приказа", zone);
    if (date == null) {
      throw new BusinessRuleException("orderDate", "Укажите дату приказа");
    }
    return date;
  }

  /** A mentor of the bank (entry id, name, school) with their score and its Russian explanation. */
  public record RankedMentor(long mentorProfileId, String fullName, String organization, int score, String explanation) {}
}
