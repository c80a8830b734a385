package ru.nastavnik.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.PairFormationService;
import ru.nastavnik.pair.PairLifecycleService;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.person.Person;
import ru.nastavnik.request.Competency;
import ru.nastavnik.request.CompetencyRepository;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * The work of a pair and its completion (cycle stages 6–7): the mentor's program and the
 * curator's approval, the mentee's entry and final self-assessment, the meetings with the
 * mandatory feedback of both sides (reminder, then escalation of missed feedback to the curator),
 * reflection and reports, the curator's assessment with the final event, the good-practice flag
 * and the reward proposal decided by the director; or the early end of the pair by the curator.
 */
@Service
@Transactional
public class MentoringProgramService {

  static final int MAX_COMMENT = ProgramForms.MAX_COMMENT;
  /** Fields of the meeting and assessment forms whose errors depend on the program's dates. */
  private static final String HELD_ON = "heldOn";
  private static final String FINAL_EVENT_DATE = "finalEventDate";
  private static final String FINAL_EVENT_NOTE = "finalEventNote";
  private static final String REWARD_PROPOSAL = "rewardProposal";


  private final MentoringProgramRepository programs;
  private final ProgramMeetingRepository meetings;
  private final PairFormationService pairs;
  private final PairLifecycleService lifecycle;
  private final CompetencyRepository competencies;
  private final Notifier notifier;

  MentoringProgramService(MentoringProgramRepository programs, ProgramMeetingRepository meetings,
      PairFormationService pairs, PairLifecycleService lifecycle, CompetencyRepository competencies, Notifier notifier) {
    this.programs = programs;
    this.meetings = meetings;
    this.pairs = pairs;
    this.lifecycle = lifecycle;
    this.competencies = competencies;
    this.notifier = notifier;
  }

  // --- the program ---------------------------------------------------------------------------

  /** The program of a pair just fixed by the director's order; its survey items are the request's difficulties. */
  public MentoringProgram create(Long pairId, Instant now) {
    Optional<MentoringProgram> existing = programs.findDetailedByPairId(pairId);
    if (existing.isPresent()) {
      return existing.get();
    }
    MentoringPair pair = pairs.pair(pairId);
    if (pair.getStatus() != PairStatus.ACTIVE) {
      throw new BusinessRuleException("Пара № " + pairId + " не закреплена приказом: " + pair.getStatus().title());
    }
    pairs.requireConsents(pair);
    MentoringProgram program = new MentoringProgram(pair, now.atZone(zone(pair.getOrganization())).toLocalDate(), now);
    MentoringRequest request = pair.getRequest();
    List<String> known = new ArrayList<>();
    for (Competency competency : competencies.findAllByOrderBySortOrder()) {
      if (request.getDifficulties().contains(competency.getCode())) {
        program.addSurveyItem(competency.getCode(), competency.getTitle());
        known.add(competency.getCode());
      }
    }
    request.getDifficulties().stream().filter(code -> !known.contains(code)).forEach(code -> program.addSurveyItem(code, code));
    if (request.getOtherDifficulty() != null && !request.getOtherDifficulty().isBlank()) {
      program.addSurveyItem(SurveyItem.OTHER, request.getOtherDifficulty().trim());
    }
    return programs.save(program);
  }

  /** The mentor's (corrected) program; nothing is stored when anything is wrong, and the message says what. */
  public MentoringProgram submit(Long programId, ProgramDraft draft, String by, Instant now) {
    MentoringProgram program = program(programId);
    program.requireDraft();
    int months = draft.durationMonths();
    ZoneId zone = zone(program.getOrganization());
    LocalDate lastDay = program.getStartsOn().plusMonths(months);
    List<MeetingSchedule.Planned> plan = MeetingSchedule.of(draft, now.atZone(zone).toLocalDate(), lastDay, months, zone);
    program.submit(draft.goals(), draft.tasks(), draft.plannedResults(), months, plan, by, now);
    return program;
  }

  /** The curator approves the program or returns it to the mentor with a comment. */
  public boolean review(Long programId, ProgramDecision decision, String comment, String by, Instant now) {
    MentoringProgram program = program(programId);
    boolean approved = decision == ProgramDecision.APPROVE;
    if (!approved && comment == null) {
      throw new BusinessRuleException("reviewComment", "Напишите наставнику, что нужно доработать в программе");
    }
    program.review(approved, comment, by, now);
    return approved;
  }

  /** The planned meetings in their order. */
  @Transactional(readOnly = true)
  public List<Long> meetingIds(Long programId) {
    return program(programId).getMeetings().stream().map(ProgramMeeting::getId).toList();
  }

  /** The mentee's self-assessment: every difficulty of the request scored 1–10 ({@code answers}: code → value). */
  public MentoringProgram recordSurvey(Long programId, SurveyKind kind, Map<String, Object> answers, Instant now) {
    MentoringProgram program = program(programId);
    program.requireRunning();
    Map<SurveyItem, Integer> scores = new LinkedHashMap<>();
    for (SurveyItem item : program.getSurveyItems()) {
      scores.put(item, Score.parse(answers.get(item.getCode()), "score_" + item.getCode(),
          "Оцените по шкале от 1 до 10: «" + item.getTitle() + "»", "«" + item.getTitle() + "»"));
    }
    scores.forEach((item, score) -> item.score(kind, score));
    program.surveyed(kind, now);
    return program;
  }

  // --- meetings and feedback -----------------------------------------------------------------

  /**
   * The mentor records the meeting: held on the date he enters — not in the future, not before the
   * program was approved or the previous meeting was held — with its notes, after which both sides
   * owe their feedback ({@link FeedbackDeadline}); or cancelled, with a reason.
   */
  public RecordedMeeting recordMeeting(Long meetingId, MeetingReport report, Instant now) {
    ProgramMeeting meeting = meeting(meetingId);
    MentoringProgram program = meeting.getProgram();
    program.requireRunning();
    if (meeting.getStatus() != MeetingStatus.PLANNED) {
      throw new BusinessRuleException("Встреча уже отмечена: " + meeting.getStatus().title().toLowerCase(Locale.ROOT));
    }
    if (report.outcome() == MeetingOutcome.CANCELLED) {
      meeting.cancel(report.cancelReason(), now);
      return new RecordedMeeting(false, null, null);
    }
    ZoneId zone = zone(program.getOrganization());
    LocalDate date = MeetingSchedule.date(report.heldOn(), HELD_ON, "Укажите дату, когда прошла встреча", zone);
    LocalDate today = now.atZone(zone).toLocalDate();
    if (date.isAfter(today)) {
      throw new BusinessRuleException(HELD_ON, "Дата встречи " + MeetingSchedule.ru(date) + " ещё не наступила:"
          + " отметьте встречу, когда она проведена");
    }
    LocalDate earliest = earliestHeldOn(meeting);
    if (date.isBefore(earliest)) {
      Optional<ProgramMeeting> previous = previousHeld(meeting).filter(m -> m.getHeldOn().equals(earliest));
      throw new BusinessRuleException(HELD_ON, "Дата встречи " + MeetingSchedule.ru(date) + " раньше, чем "
          + previous.map(m -> "прошла предыдущая встреча «" + meetingTitle(m) + "»").orElse("утверждена программа")
          + " (" + MeetingSchedule.ru(earliest) + ")" + (previous.isPresent() ? "; встречи идут по порядку" : ""));
    }
    Instant due = FeedbackDeadline.due(date, zone);
    meeting.held(report.notes(), date, now, due);
    return new RecordedMeeting(true, due, FeedbackDeadline.escalation(due, zone));
  }

  /** A recorded meeting as the process routes it: feedback owed (held) or not, and its due and escalation moments. */
  public record RecordedMeeting(boolean held, Instant feedbackDue, Instant feedbackEscalation) {}

  /** The earliest day the meeting can have been held: the program's approval or the previous meeting held. */
  static LocalDate earliestHeldOn(ProgramMeeting meeting) {
    ZoneId zone = zone(meeting.getProgram().getOrganization());
    Instant approvedAt = meeting.getProgram().getApprovedAt();
    LocalDate approved = approvedAt == null ? meeting.getProgram().getStartsOn() : approvedAt.atZone(zone).toLocalDate();
    return previousHeld(meeting).map(ProgramMeeting::getHeldOn).filter(d -> d.isAfter(approved)).orElse(approved);
  }

  private static Optional<ProgramMeeting> previousHeld(ProgramMeeting meeting) {
    return meeting.getProgram().getMeetings().stream()
        .filter(m -> m.getSequence() < meeting.getSequence() && m.getHeldOn() != null)
        .reduce((first, second) -> second);
  }

  /** The feedback of one side: a rating 1–10 and a comment; after the due date it is recorded as late. */
  public MeetingFeedback recordFeedback(Long meetingId, ProgramRole author, int rating, String comment, String by,
      Instant now) {
    MeetingFeedback entry = feedbackOn(meetingId, author);
    if (entry.isGiven()) {
      throw new BusinessRuleException("Отзыв о встрече уже получен");
    }
    entry.submit(rating, comment, by, now);
    return entry;
  }

  /** The feedback is past its due date: a reminder to its author. */
  public void remindFeedback(Long meetingId, ProgramRole author, Instant now) {
    MeetingFeedback entry = feedbackOn(meetingId, author);
    if (entry.isGiven()) {
      return;
    }
    ProgramMeeting meeting = entry.getMeeting();
    Person person = person(meeting.getProgram().getPair(), author);
    notifier.notifyPerson(person.getLogin() == null ? person.getFullName() : person.getLogin(), person.getEmail(),
        "Напоминание: обратная связь о встрече наставнической пары",
        "Вы ещё не оставили обратную связь о встрече «" + meetingTitle(meeting) + "» (пара № "
            + meeting.getProgram().getPair().getId() + "). Срок был " + dateTime(entry.getDueAt(), meeting) + "."
            + " Оцените встречу и напишите комментарий в Tasklist; через два рабочих дня без отзыва куратор получит уведомление.");
    entry.reminded(now);
  }

  /** Two days more without feedback: the curators are told and the feedback stays marked as missed. */
  public void escalateFeedback(Long meetingId, ProgramRole author, Instant now) {
    MeetingFeedback entry = feedbackOn(meetingId, author);
    if (entry.isGiven()) {
      return;
    }
    entry.missed(now);
    ProgramMeeting meeting = entry.getMeeting();
    MentoringPair pair = meeting.getProgram().getPair();
    Person person = person(pair, author);
    notifier.notifyGroup(GroupNames.curators(pair.getOrganization().getCode()),
        "Нет обратной связи о встрече наставнической пары",
        author.title() + " " + person.getFullName() + " не оставил(а) обратную связь о встрече «" + meetingTitle(meeting)
            + "» пары № " + pair.getId() + " (" + pair.getOrganization().getShortName() + "); срок был "
            + dateTime(entry.getDueAt(), meeting) + ". Отзыв отмечен как пропущенный; задача остаётся открытой"
            + " и может быть выполнена с опозданием.");
  }

  // --- completion ----------------------------------------------------------------------------

  /** Reflection and report of the mentor or of the mentee. */
  public MentoringProgram recordReport(Long programId, ProgramRole author, String reflection, String report, Instant now) {
    MentoringProgram program = program(programId);
    program.requireRunning();
    program.report(author, reflection, report, now);
    return program;
  }

  /** The curator's assessment; returns whether a reward of the mentor is proposed to the director. */
  public boolean assess(Long programId, AssessmentDraft draft, String by, Instant now) {
    MentoringProgram program = program(programId);
    program.requireRunning();
    FinalEventKind kind = draft.finalEventKind();
    ZoneId zone = zone(program.getOrganization());
    LocalDate date = MeetingSchedule.date(draft.finalEventDate(), FINAL_EVENT_DATE, "Укажите дату итогового мероприятия", zone);
    if (date.isAfter(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException(FINAL_EVENT_DATE, "Дата итогового мероприятия не может быть в будущем:"
          + " отметьте мероприятие, когда оно проведено");
    }
    if (date.isBefore(program.getStartsOn())) {
      throw new BusinessRuleException(FINAL_EVENT_DATE, "Дата итогового мероприятия раньше начала программы ("
          + MeetingSchedule.ru(program.getStartsOn()) + ")");
    }
    String note = draft.finalEventNote();
    if (kind == FinalEventKind.OTHER && note == null) {
      throw new BusinessRuleException(FINAL_EVENT_NOTE, "Опишите итоговое мероприятие");
    }
    boolean rewardProposed = draft.rewardProposed();
    String proposal = draft.rewardProposal();
    if (rewardProposed && proposal == null) {
      throw new BusinessRuleException(REWARD_PROPOSAL,
          "Опишите предлагаемое поощрение наставника (благодарность, грамота, премия …)");
    }
    program.assess(draft.assessment(), draft.rating(), kind, date, note, draft.goodPractice(), rewardProposed ? proposal : null,
        by, now);
    return rewardProposed;
  }

  /** The director's decision on the proposed reward; a refusal needs a reason. */
  public MentoringProgram decideReward(Long programId, RewardDecision decision, String comment, String by, Instant now) {
    MentoringProgram program = program(programId);
    boolean approved = decision == RewardDecision.APPROVE;
    if (!approved && comment == null) {
      throw new BusinessRuleException("rewardComment", "Укажите причину отказа в поощрении");
    }
    program.decideReward(approved, comment, by, now);
    return program;
  }

  /** The program is done: it and its pair are completed, once every meeting is held or cancelled with a reason. */
  public MentoringProgram complete(Long programId, Instant now) {
    MentoringProgram program = program(programId);
    program.requireRunning();
    program.getMeetings().stream().filter(m -> !m.isSettled()).findFirst().ifPresent(m -> {
      throw new BusinessRuleException("Программу нельзя завершить: встреча «" + meetingTitle(m)
          + "» не проведена и не отменена с указанием причины");
    });
    program.complete(now);
    lifecycle.complete(program.getPair().getId(), now);
    return program;
  }

  // --- early end -----------------------------------------------------------------------------

  /**
   * Checks that {@code user} may end the pair early (a curator of its organization), that the
   * pair is active and that a reason is given; returns the reason to record.
   */
  @Transactional(readOnly = true)
  public String checkEarlyEnd(CurrentUser user, Long pairId, String reason) {
    MentoringPair pair = pairs.pair(pairId);
    Organization organization = pair.getOrganization();
    if (!user.inGroup(GroupNames.curators(organization.getCode()))) {
      throw new ForbiddenException("Досрочно завершить работу пары может только куратор наставничества «"
          + organization.getShortName() + "»");
    }
    String text = reason == null ? "" : reason.trim();
    if (text.isEmpty()) {
      throw new BusinessRuleException("reason", "Укажите причину досрочного завершения работы пары");
    }
    if (text.length() > MAX_COMMENT) {
      throw new BusinessRuleException("reason", "Причина не длиннее " + MAX_COMMENT + " символов");
    }
    if (pair.getStatus() != PairStatus.ACTIVE) {
      throw new BusinessRuleException("Пара № " + pairId + " не действует: " + pair.getStatus().title());
    }
    return text;
  }

  /** Ends the pair and its program (if already created) early; the two sides are told by e-mail. */
  public void endEarly(Long pairId, String reason, String by, Instant now) {
    programs.findDetailedByPairId(pairId).filter(p -> !p.getStatus().isOver()).ifPresent(p -> p.endEarly(reason, by, now));
    MentoringPair pair = lifecycle.endEarly(pairId, reason, now);
    for (ProgramRole side : ProgramRole.values()) {
      Person person = person(pair, side);
      notifier.notifyPerson(person.getLogin() == null ? person.getFullName() : person.getLogin(), person.getEmail(),
          "Работа наставнической пары завершена досрочно",
          "Куратор завершил досрочно работу наставнической пары № " + pair.getId() + " ("
              + pair.getOrganization().getShortName() + "). Причина: " + reason
              + (side == ProgramRole.MENTEE ? ". Ваш запрос остаётся в банке наставляемых, поиск наставника начат заново." : "."));
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  MentoringProgram program(Long id) {
    return programs.findDetailedById(id)
        .orElseThrow(() -> new NotFoundException("Программа наставничества № " + id + " не найдена"));
  }

  private ProgramMeeting meeting(Long meetingId) {
    return meetings.findDetailedById(meetingId)
        .orElseThrow(() -> new NotFoundException("Встреча № " + meetingId + " не найдена"));
  }

  private MeetingFeedback feedbackOn(Long meetingId, ProgramRole author) {
    ProgramMeeting meeting = meeting(meetingId);
    return meeting.feedbackOf(author).orElseThrow(() ->
        new BusinessRuleException("Встреча «" + meetingTitle(meeting) + "» ещё не отмечена наставником как проведённая"));
  }

  static String meetingTitle(ProgramMeeting meeting) {
    return meeting.getKind() == MeetingKind.WORKING ? meeting.getTopic() + ", " + MeetingSchedule.ru(meeting.getPlannedOn())
        : meeting.getKind().title() + ", " + MeetingSchedule.ru(meeting.getPlannedOn());
  }

  private static String dateTime(Instant at, ProgramMeeting meeting) {
    return FormDates.ru(at, zone(meeting.getProgram().getOrganization()));
  }

  static Person person(MentoringPair pair, ProgramRole side) {
    return side == ProgramRole.MENTOR ? pair.getMentor().getPerson() : pair.getRequest().getMentee();
  }

  static ZoneId zone(Organization organization) {
    return organization.getMunicipality().getTimeZone();
  }
}
