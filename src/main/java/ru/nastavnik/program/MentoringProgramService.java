package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.PairFormationService;
import ru.nastavnik.pair.PairLifecycleService;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.person.Person;
import ru.nastavnik.request.Competency;
import ru.nastavnik.request.CompetencyRepository;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.FormValues;
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

  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String DECLINE = "DECLINE";

  static final int MIN_MONTHS = 3;
  static final int MAX_MONTHS = 12;
  static final int MAX_TEXT = 4000;
  static final int MAX_COMMENT = 2000;

  private static final DateTimeFormatter RU_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

  private final MentoringProgramRepository programs;
  private final ProgramMeetingRepository meetings;
  private final MeetingFeedbackRepository feedback;
  private final PairFormationService pairs;
  private final PairLifecycleService lifecycle;
  private final CompetencyRepository competencies;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Notifier notifier;

  MentoringProgramService(MentoringProgramRepository programs, ProgramMeetingRepository meetings,
      MeetingFeedbackRepository feedback, PairFormationService pairs, PairLifecycleService lifecycle,
      CompetencyRepository competencies, OrganizationService organizations, OrganizationAccess access, Notifier notifier) {
    this.programs = programs;
    this.meetings = meetings;
    this.feedback = feedback;
    this.pairs = pairs;
    this.lifecycle = lifecycle;
    this.competencies = competencies;
    this.organizations = organizations;
    this.access = access;
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
    if (program.getStatus() != ProgramStatus.DRAFT && program.getStatus() != ProgramStatus.RETURNED) {
      throw new BusinessRuleException("Программа № " + programId + " уже в состоянии «" + program.getStatus().title() + "»");
    }
    String goals = FormValues.requiredText(draft.goals(), GOALS, "Опишите цели программы наставничества", MAX_TEXT);
    String tasks = FormValues.requiredText(draft.tasks(), TASKS, "Перечислите задачи программы", MAX_TEXT);
    String results = FormValues.requiredText(draft.plannedResults(), PLANNED_RESULTS, "Опишите планируемые результаты", MAX_TEXT);
    int months = months(draft.durationMonths());
    ZoneId zone = zone(program.getOrganization());
    LocalDate lastDay = program.getStartsOn().plusMonths(months);
    List<MeetingSchedule.Planned> plan = MeetingSchedule.of(draft, now.atZone(zone).toLocalDate(), lastDay, months, zone);
    program.submit(goals, tasks, results, months, plan, by, now);
    return program;
  }

  /** The curator approves the program or returns it to the mentor with a comment. */
  public boolean review(Long programId, String decision, String comment, String by, Instant now) {
    MentoringProgram program = program(programId);
    if (program.getStatus() != ProgramStatus.SUBMITTED) {
      throw new BusinessRuleException("Программа № " + programId + " не ждёт согласования: " + program.getStatus().title());
    }
    boolean approved = switch (decision == null ? "" : decision.trim()) {
      case APPROVE -> true;
      case RETURN -> false;
      default -> throw new BusinessRuleException(PROGRAM_DECISION, "Выберите решение: утвердить программу или вернуть на доработку");
    };
    String text = FormValues.optionalText(comment, REVIEW_COMMENT, MAX_COMMENT);
    if (!approved && text == null) {
      throw new BusinessRuleException(REVIEW_COMMENT, "Напишите наставнику, что нужно доработать в программе");
    }
    program.review(approved, text, by, now);
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
    requireRunning(program);
    Map<SurveyItem, Integer> scores = new LinkedHashMap<>();
    for (SurveyItem item : program.getSurveyItems()) {
      scores.put(item, score(answers.get(item.getCode()), SCORE_PREFIX + item.getCode(),
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
  public RecordedMeeting recordMeeting(Long meetingId, String outcome, Object heldOn, String notes, String cancelReason,
      Instant now) {
    ProgramMeeting meeting = meeting(meetingId);
    MentoringProgram program = meeting.getProgram();
    requireRunning(program);
    if (meeting.getStatus() != MeetingStatus.PLANNED) {
      throw new BusinessRuleException("Встреча уже отмечена: " + meeting.getStatus().title().toLowerCase(Locale.ROOT));
    }
    String kind = outcome == null || outcome.isBlank() ? OUTCOME_HELD : outcome.trim();
    if (OUTCOME_CANCELLED.equals(kind)) {
      meeting.cancel(FormValues.requiredText(cancelReason, CANCEL_REASON, "Укажите причину отмены встречи", MAX_COMMENT), now);
      return new RecordedMeeting(false, null, null);
    }
    if (!OUTCOME_HELD.equals(kind)) {
      throw new BusinessRuleException(MEETING_OUTCOME, "Отметьте, проведена встреча или отменена");
    }
    ZoneId zone = zone(program.getOrganization());
    LocalDate date = MeetingSchedule.date(heldOn, HELD_ON, "Укажите дату, когда прошла встреча", zone);
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
    String text = FormValues.requiredText(notes, MEETING_NOTES, "Кратко опишите, как прошла встреча и о чём договорились", MAX_TEXT);
    Instant due = FeedbackDeadline.due(date, zone);
    meeting.held(text, date, now, due);
    return new RecordedMeeting(true, due, FeedbackDeadline.escalation(due, zone));
  }

  /** A recorded meeting as the process routes it: feedback owed (held) or not, and its due and escalation moments. */
  public record RecordedMeeting(boolean held, Instant feedbackDue, Instant feedbackEscalation) {}

  /** The earliest day the meeting can have been held: the program's approval or the previous meeting held. */
  private LocalDate earliestHeldOn(ProgramMeeting meeting) {
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
  public MeetingFeedback recordFeedback(Long meetingId, ProgramRole author, Object rating, String comment, String by,
      Instant now) {
    MeetingFeedback entry = feedbackOn(meetingId, author);
    if (entry.isGiven()) {
      throw new BusinessRuleException("Отзыв о встрече уже получен");
    }
    int score = score(rating, FEEDBACK_RATING, "Оцените встречу по шкале от 1 до 10", "Оценка встречи");
    String text = FormValues.requiredText(comment, FEEDBACK_COMMENT, "Напишите комментарий: что было полезно, что изменить", MAX_COMMENT);
    entry.submit(score, text, by, now);
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
    requireRunning(program);
    String reflectionText = FormValues.requiredText(reflection, REFLECTION, "Напишите рефлексию: что получилось, что нет, чему научились",
        MAX_TEXT);
    String reportText = FormValues.requiredText(report, REPORT, "Напишите отчёт о реализации программы", MAX_TEXT);
    program.report(author, reflectionText, reportText, now);
    return program;
  }

  /** The curator's assessment; returns whether a reward of the mentor is proposed to the director. */
  public boolean assess(Long programId, AssessmentDraft draft, String by, Instant now) {
    MentoringProgram program = program(programId);
    requireRunning(program);
    String assessment = FormValues.requiredText(draft.assessment(), ASSESSMENT, "Опишите оценку реализации программы", MAX_TEXT);
    int rating = score(draft.rating(), ASSESSMENT_RATING, "Оцените реализацию программы по шкале от 1 до 10",
        "Оценка программы");
    FinalEventKind kind = finalEventKind(draft.finalEventKind());
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
    String note = FormValues.optionalText(draft.finalEventNote(), FINAL_EVENT_NOTE, 1000);
    if (kind == FinalEventKind.OTHER && note == null) {
      throw new BusinessRuleException(FINAL_EVENT_NOTE, "Опишите итоговое мероприятие");
    }
    boolean rewardProposed = flag(draft.rewardProposed());
    String proposal = FormValues.optionalText(draft.rewardProposal(), REWARD_PROPOSAL, MAX_COMMENT);
    if (rewardProposed && proposal == null) {
      throw new BusinessRuleException(REWARD_PROPOSAL,
          "Опишите предлагаемое поощрение наставника (благодарность, грамота, премия …)");
    }
    program.assess(assessment, rating, kind, date, note, flag(draft.goodPractice()), rewardProposed ? proposal : null,
        by, now);
    return rewardProposed;
  }

  /** The director's decision on the proposed reward; a refusal needs a reason. */
  public MentoringProgram decideReward(Long programId, String decision, String comment, String by, Instant now) {
    MentoringProgram program = program(programId);
    if (program.getRewardStatus() != RewardStatus.PROPOSED) {
      throw new BusinessRuleException("Поощрение по программе № " + programId + " не ждёт решения: "
          + program.getRewardStatus().title());
    }
    boolean approved = switch (decision == null ? "" : decision.trim()) {
      case APPROVE -> true;
      case DECLINE -> false;
      default -> throw new BusinessRuleException(REWARD_DECISION, "Выберите решение: поощрить наставника или отказать");
    };
    String text = FormValues.optionalText(comment, REWARD_COMMENT, MAX_COMMENT);
    if (!approved && text == null) {
      throw new BusinessRuleException(REWARD_COMMENT, "Укажите причину отказа в поощрении");
    }
    program.decideReward(approved, text, by, now);
    return program;
  }

  /** The program is done: it and its pair are completed, once every meeting is held or cancelled with a reason. */
  public MentoringProgram complete(Long programId, Instant now) {
    MentoringProgram program = program(programId);
    requireRunning(program);
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

  @Transactional(readOnly = true)
  public ProgramView.PairEnd pairEnd(Long pairId) {
    MentoringPair pair = pairs.pair(pairId);
    Optional<MentoringProgram> program = programs.findDetailedByPairId(pairId);
    return new ProgramView.PairEnd(pair.getId(), pair.getStatus(), pair.getStatus().title(), pair.getEndReason(),
        pair.getEndedAt(), program.map(MentoringProgram::getId).orElse(null),
        program.map(MentoringProgram::getStatus).orElse(null));
  }

  // --- reading -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public MentoringProgram program(Long id) {
    return programs.findDetailedById(id)
        .orElseThrow(() -> new NotFoundException("Программа наставничества № " + id + " не найдена"));
  }

  @Transactional(readOnly = true)
  public ProgramView view(CurrentUser user, Long programId) {
    return view(user, program(programId));
  }

  @Transactional(readOnly = true)
  public ProgramView viewOfPair(CurrentUser user, Long pairId) {
    MentoringProgram program = programs.findDetailedByPairId(pairId)
        .orElseThrow(() -> new NotFoundException("У пары № " + pairId + " ещё нет программы наставничества"));
    return view(user, program);
  }

  /** Feedback escalated as missed in an organization (still missing or given late), for its curator. */
  @Transactional(readOnly = true)
  public List<ProgramView.MissedFeedback> missedFeedback(CurrentUser user, Long organizationId) {
    Organization organization = organizations.organization(organizationId);
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Нет доступа к программам наставничества «" + organization.getShortName() + "»");
    }
    return feedback.findMissedOfOrganization(organizationId).stream().map(f -> {
      ProgramMeeting meeting = f.getMeeting();
      MentoringPair pair = meeting.getProgram().getPair();
      return new ProgramView.MissedFeedback(meeting.getProgram().getId(), pair.getId(), meeting.getId(),
          meeting.getSequence(), meeting.getKind().title() + ": " + meeting.getTopic(), meeting.getPlannedOn(), f.getAuthor(),
          f.getAuthor().title(), person(pair, f.getAuthor()).getFullName(), f.getDueAt(), f.getEscalatedAt(),
          f.getSubmittedAt(), f.isLate());
    }).toList();
  }

  /** «пара № 4: наставник …, наставляемый … (СОШ № 1)» — for task names. */
  @Transactional(readOnly = true)
  public String label(Long programId) {
    return pairs.label(program(programId).getPair().getId());
  }

  /** «встреча 2 из 6: пробная встреча, 19.10.2026» — for task names. */
  @Transactional(readOnly = true)
  public String meetingLabel(Long meetingId) {
    ProgramMeeting meeting = meeting(meetingId);
    return "встреча " + meeting.getSequence() + " из " + meeting.getProgram().getMeetings().size() + ": "
        + meeting.getKind().title().toLowerCase(Locale.ROOT) + ", " + MeetingSchedule.ru(meeting.getPlannedOn());
  }

  /** The end of the meeting's planned day in the municipality's time zone: the due date of the mentor's task. */
  @Transactional(readOnly = true)
  public Instant meetingDue(Long meetingId) {
    ProgramMeeting meeting = meeting(meetingId);
    return ru.nastavnik.calendar.WorkingDays.endOfDay(meeting.getPlannedOn(), zone(meeting.getProgram().getOrganization()));
  }

  /** What the meeting tasks show (Markdown). */
  @Transactional(readOnly = true)
  public String meetingSummary(Long meetingId) {
    ProgramMeeting meeting = meeting(meetingId);
    MentoringProgram program = meeting.getProgram();
    StringBuilder text = new StringBuilder();
    text.append("**Встреча ").append(meeting.getSequence()).append(" из ").append(program.getMeetings().size())
        .append(" — ").append(meeting.getKind().title()).append("**\n\n**Дата по плану:** ")
        .append(MeetingSchedule.ru(meeting.getPlannedOn())).append("\n\n**Тема:** ").append(Markdown.text(meeting.getTopic()));
    ZoneId zone = zone(program.getOrganization());
    if (meeting.getStatus() == MeetingStatus.PLANNED) {
      text.append("\n\n**Дата проведения:** укажите, когда встреча прошла на самом деле — не раньше ")
          .append(MeetingSchedule.ru(earliestHeldOn(meeting))).append(" и не в будущем");
    } else if (meeting.getHeldOn() != null) {
      text.append("\n\n**Проведена:** ").append(MeetingSchedule.ru(meeting.getHeldOn()));
      meeting.getFeedback().stream().findFirst().ifPresent(entry ->
          text.append("\n\n**Обратная связь — до:** ").append(FormDates.ru(entry.getDueAt(), zone)));
    } else if (meeting.getStatus() == MeetingStatus.CANCELLED) {
      text.append("\n\n**Отменена").append(meeting.getCancelReason() == null ? "**" : ":** " + Markdown.text(meeting.getCancelReason()));
    }
    if (meeting.getNotes() != null) {
      text.append("\n\n**Итоги встречи (записал наставник):** ").append(Markdown.text(meeting.getNotes()));
    }
    text.append("\n\n**Наставник:** ").append(Markdown.text(program.getPair().getMentor().getPerson().getFullName()))
        .append("\n\n**Наставляемый:** ").append(Markdown.text(program.getPair().getRequest().getMentee().getFullName()))
        .append("\n\n**Цели программы:** ").append(Markdown.text(program.getGoals(), "—"));
    return text.toString();
  }

  /**
   * The program as the mentor drafted it, as the fields of the program form ({@code PROGRAM_FIELDS}):
   * a returned program opens filled with it. Empty while nothing was drafted.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> draftValues(Long programId) {
    MentoringProgram program = program(programId);
    Map<String, Object> values = new LinkedHashMap<>();
    if (program.getGoals() == null) {
      return values;
    }
    values.put(GOALS, program.getGoals());
    values.put(TASKS, program.getTasks());
    values.put(PLANNED_RESULTS, program.getPlannedResults());
    values.put(DURATION_MONTHS, program.getDurationMonths());
    StringBuilder working = new StringBuilder();
    for (ProgramMeeting meeting : program.getMeetings()) {
      String date = meeting.getPlannedOn().toString();
      switch (meeting.getKind()) {
        case ACQUAINTANCE -> values.put(ACQUAINTANCE_DATE, date);
        case TRIAL -> values.put(TRIAL_DATE, date);
        case PLANNING -> values.put(PLANNING_DATE, date);
        case FINAL -> values.put(FINAL_DATE, date);
        case WORKING -> working.append(working.isEmpty() ? "" : "\n").append(MeetingSchedule.ru(meeting.getPlannedOn()))
            .append(' ').append(meeting.getTopic());
      }
    }
    values.put(WORKING_MEETINGS, working.toString());
    return values;
  }

  /** The codes of the difficulties the mentee assesses: the self-assessment form shows these fields only. */
  @Transactional(readOnly = true)
  public List<String> surveyCodes(Long programId) {
    return program(programId).getSurveyItems().stream().map(SurveyItem::getCode).toList();
  }

  /** What the self-assessment task shows (Markdown). */
  @Transactional(readOnly = true)
  public String surveySummary(Long programId, SurveyKind kind) {
    MentoringProgram program = program(programId);
    StringBuilder text = new StringBuilder("### ").append(kind.title()).append("\n\n")
        .append("Оцените, насколько вы справляетесь с каждым затруднением из вашего запроса: 1 — затруднение очень"
            + " сильное, 10 — полностью справляюсь.");
    if (kind == SurveyKind.FINAL) {
      text.append(" Рост по сравнению со входной самооценкой попадёт в мониторинг программы.");
    }
    text.append("\n");
    for (SurveyItem item : program.getSurveyItems()) {
      text.append("\n- ").append(Markdown.text(item.getTitle()));
      if (kind == SurveyKind.FINAL && item.getEntryScore() != null) {
        text.append(" (в начале программы: ").append(item.getEntryScore()).append(")");
      }
    }
    return text.toString();
  }

  /**
   * The program as the mentor, the curator and the director read it in their tasks (Markdown):
   * the plan (with the working meetings in the line format of the form, to copy when correcting),
   * the curator's comment, and once there, surveys, feedback, reports and assessment.
   */
  @Transactional(readOnly = true)
  public String summary(Long programId) {
    MentoringProgram program = program(programId);
    MentoringPair pair = program.getPair();
    StringBuilder text = new StringBuilder();
    text.append("**Программа наставничества № ").append(program.getId()).append("** — ").append(program.getStatus().title())
        .append("\n\n**Наставник:** ").append(Markdown.text(pair.getMentor().getPerson().getFullName()))
        .append("\n\n**Наставляемый:** ").append(Markdown.text(pair.getRequest().getMentee().getFullName()))
        .append(" (").append(Markdown.text(pair.getOrganization().getShortName())).append(")")
        .append("\n\n**Приказ о закреплении:** № ").append(Markdown.text(pair.getOrderNumber(), "—"))
        .append(pair.getOrderDate() == null ? "" : " от " + MeetingSchedule.ru(pair.getOrderDate()))
        .append("\n\n**Затруднения из запроса:**\n");
    program.getSurveyItems().forEach(item -> text.append("\n- ").append(Markdown.text(item.getTitle())));
    if (program.getReviewComment() != null && program.getStatus() == ProgramStatus.RETURNED) {
      text.append("\n\n**Куратор вернул программу на доработку:** ").append(Markdown.text(program.getReviewComment()));
    }
    if (program.getGoals() == null) {
      text.append("\n\nПрограмма ещё не составлена. Срок программы — от 3 до 12 месяцев с ")
          .append(MeetingSchedule.ru(program.getStartsOn())).append(".");
      return text.toString();
    }
    text.append("\n\n**Цели:** ").append(Markdown.text(program.getGoals()))
        .append("\n\n**Задачи:** ").append(Markdown.text(program.getTasks()))
        .append("\n\n**Планируемые результаты:** ").append(Markdown.text(program.getPlannedResults()))
        .append("\n\n**Срок:** ").append(program.getDurationMonths()).append(" мес., с ")
        .append(MeetingSchedule.ru(program.getStartsOn())).append(" по ").append(MeetingSchedule.ru(program.getEndsOn()))
        .append("\n\n**Встречи:**\n");
    for (ProgramMeeting meeting : program.getMeetings()) {
      text.append("\n").append(meeting.getSequence()).append(". ").append(MeetingSchedule.ru(meeting.getPlannedOn()))
          .append(" — ").append(meeting.getKind() == MeetingKind.WORKING ? Markdown.text(meeting.getTopic()) : meeting.getKind().title());
      if (meeting.getStatus() != MeetingStatus.PLANNED) {
        text.append(" (").append(meeting.getStatus().title().toLowerCase(Locale.ROOT));
        if (meeting.getHeldOn() != null) {
          text.append(" ").append(MeetingSchedule.ru(meeting.getHeldOn()));
        }
        if (meeting.getCancelReason() != null) {
          text.append(": ").append(Markdown.text(meeting.getCancelReason()));
        }
        for (MeetingFeedback entry : meeting.getFeedback()) {
          text.append("; ").append(entry.getAuthor().title().toLowerCase(Locale.ROOT)).append(": ")
              .append(entry.isGiven() ? entry.getRating() + " из 10" : "нет отзыва")
              .append(entry.isMissed() ? ", пропуск передан куратору" : "");
        }
        text.append(")");
      }
    }
    if (program.getEntrySurveyAt() != null) {
      text.append("\n\n**Самооценка наставляемого (вход → итог):**\n");
      for (SurveyItem item : program.getSurveyItems()) {
        text.append("\n- ").append(Markdown.text(item.getTitle())).append(": ").append(nullToDash(item.getEntryScore()))
            .append(" → ").append(nullToDash(item.getFinalScore()));
        if (item.getGrowth() != null) {
          text.append(" (").append(item.getGrowth() > 0 ? "+" : "").append(item.getGrowth()).append(")");
        }
      }
    }
    appendReport(text, "наставника", program.getMentorReflection(), program.getMentorReport());
    appendReport(text, "наставляемого", program.getMenteeReflection(), program.getMenteeReport());
    if (program.getCuratorAssessment() != null) {
      text.append("\n\n**Оценка куратора:** ").append(program.getCuratorRating()).append(" из 10. ")
          .append(Markdown.text(program.getCuratorAssessment()))
          .append("\n\n**Итоговое мероприятие:** ").append(program.getFinalEventKind().title())
          .append(program.getFinalEventNote() == null ? "" : " — " + Markdown.text(program.getFinalEventNote())).append(", ")
          .append(MeetingSchedule.ru(program.getFinalEventDate()));
      if (program.isGoodPractice()) {
        text.append("\n\n**Куратор предлагает программу в банк успешных практик.**");
      }
      if (program.getRewardProposal() != null) {
        text.append("\n\n**Предложение о поощрении наставника:** ").append(Markdown.text(program.getRewardProposal()));
      }
    }
    return text.toString();
  }

  // --- helpers -------------------------------------------------------------------------------

  private ProgramView view(CurrentUser user, MentoringProgram program) {
    MentoringPair pair = program.getPair();
    Person mentor = pair.getMentor().getPerson();
    Person mentee = pair.getRequest().getMentee();
    boolean side = user.userId().equals(mentor.getLogin()) || user.userId().equals(mentee.getLogin());
    if (!side && !access.canSeePeopleOf(user, program.getOrganization())) {
      throw new ForbiddenException("Нет доступа к программе наставничества пары № " + pair.getId());
    }
    List<ProgramView.Meeting> meetingViews = new ArrayList<>();
    long missed = 0;
    for (ProgramMeeting meeting : program.getMeetings()) {
      List<ProgramView.Feedback> feedbackViews = new ArrayList<>();
      for (MeetingFeedback entry : meeting.getFeedback()) {
        missed += entry.isMissed() ? 1 : 0;
        feedbackViews.add(new ProgramView.Feedback(entry.getAuthor(), entry.getAuthor().title(), entry.getDueAt(),
            entry.getRating(), entry.getComment(), entry.getSubmittedAt(), entry.isLate(), entry.isMissed(),
            entry.getRemindedAt(), entry.getEscalatedAt(), state(entry)));
      }
      meetingViews.add(new ProgramView.Meeting(meeting.getId(), meeting.getSequence(), meeting.getKind(),
          meeting.getKind().title(), meeting.getTopic(), meeting.getPlannedOn(), meeting.getStatus(),
          meeting.getStatus().title(), meeting.getHeldAt(), meeting.getHeldOn(), meeting.getNotes(), meeting.getCancelReason(),
          feedbackViews));
    }
    List<ProgramView.SurveyItemView> survey = program.getSurveyItems().stream()
        .map(item -> new ProgramView.SurveyItemView(item.getCode(), item.getTitle(), item.getEntryScore(),
            item.getFinalScore(), item.getGrowth()))
        .toList();
    Double averageGrowth = survey.stream().allMatch(item -> item.growth() != null) && !survey.isEmpty()
        ? Math.round(survey.stream().mapToInt(ProgramView.SurveyItemView::growth).average().orElse(0) * 10) / 10.0
        : null;
    List<ProgramView.Report> reports = new ArrayList<>();
    if (program.getMentorReportAt() != null) {
      reports.add(new ProgramView.Report(ProgramRole.MENTOR, ProgramRole.MENTOR.title(), program.getMentorReflection(),
          program.getMentorReport(), program.getMentorReportAt()));
    }
    if (program.getMenteeReportAt() != null) {
      reports.add(new ProgramView.Report(ProgramRole.MENTEE, ProgramRole.MENTEE.title(), program.getMenteeReflection(),
          program.getMenteeReport(), program.getMenteeReportAt()));
    }
    ProgramView.Assessment assessment = program.getAssessedAt() == null ? null : new ProgramView.Assessment(
        program.getCuratorAssessment(), program.getCuratorRating(), program.getFinalEventKind(),
        program.getFinalEventKind().title(), program.getFinalEventDate(), program.getFinalEventNote(),
        program.isGoodPractice(), program.getRewardStatus(), program.getRewardStatus().title(), program.getRewardProposal(),
        program.getRewardComment(), program.getRewardDecidedAt(), program.getAssessedAt());
    return new ProgramView(program.getId(), pair.getId(), pair.getStatus(), pair.getStatus().title(),
        program.getOrganization().getId(), program.getOrganization().getShortName(), mentor.getFullName(),
        mentor.getLogin(), mentee.getFullName(), mentee.getLogin(), program.getStatus(), program.getStatus().title(),
        program.getStartsOn(), program.getDurationMonths(), program.getEndsOn(), program.getGoals(), program.getTasks(),
        program.getPlannedResults(), program.getReviewComment(), program.getApprovedAt(), meetingViews, survey,
        averageGrowth, missed, reports, assessment, program.getCompletedAt(), program.getEndedAt(), program.getEndedBy(),
        program.getEndReason());
  }

  private static String state(MeetingFeedback entry) {
    if (entry.isGiven()) {
      return entry.isLate() ? "получен с опозданием" : "получен";
    }
    return entry.isMissed() ? "пропущен, передан куратору" : "ожидается";
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

  private static String meetingTitle(ProgramMeeting meeting) {
    return meeting.getKind() == MeetingKind.WORKING ? meeting.getTopic() + ", " + MeetingSchedule.ru(meeting.getPlannedOn())
        : meeting.getKind().title() + ", " + MeetingSchedule.ru(meeting.getPlannedOn());
  }

  private static String dateTime(Instant at, ProgramMeeting meeting) {
    return RU_DATE_TIME.format(at.atZone(zone(meeting.getProgram().getOrganization())));
  }

  private static Person person(MentoringPair pair, ProgramRole side) {
    return side == ProgramRole.MENTOR ? pair.getMentor().getPerson() : pair.getRequest().getMentee();
  }

  private static ZoneId zone(Organization organization) {
    return organization.getMunicipality().getTimeZone();
  }

  private static void requireRunning(MentoringProgram program) {
    if (program.getStatus() != ProgramStatus.APPROVED) {
      throw new BusinessRuleException("Программа № " + program.getId() + " не выполняется: " + program.getStatus().title());
    }
  }

  private static void appendReport(StringBuilder text, String whose, String reflection, String report) {
    if (report != null) {
      text.append("\n\n**Рефлексия ").append(whose).append(":** ").append(Markdown.text(reflection, "—"))
          .append("\n\n**Отчёт ").append(whose).append(":** ").append(Markdown.text(report));
    }
  }



  /** A score 1–10 as forms send it: a number or its text. */
  static int score(Object value, String field, String missing, String what) {
    if (value == null || value.toString().isBlank()) {
      throw new BusinessRuleException(field, missing);
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(value.toString().trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new BusinessRuleException(field, what + ": оценка — целое число от 1 до 10, а не «" + value + "»");
      }
    }
    if (number != Math.rint(number) || number < 1 || number > 10) {
      throw new BusinessRuleException(field, what + ": оценка — целое число от 1 до 10, а не «" + value + "»");
    }
    return (int) number;
  }

  private static int months(Object value) {
    String message = "Укажите срок программы — целое число месяцев от " + MIN_MONTHS + " до " + MAX_MONTHS;
    if (value == null || value.toString().isBlank()) {
      throw new BusinessRuleException(DURATION_MONTHS, message);
    }
    double number;
    try {
      number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException(DURATION_MONTHS, message);
    }
    if (number != Math.rint(number) || number < MIN_MONTHS || number > MAX_MONTHS) {
      throw new BusinessRuleException(DURATION_MONTHS, message);
    }
    return (int) number;
  }

  private static FinalEventKind finalEventKind(String value) {
    try {
      return FinalEventKind.valueOf(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(FINAL_EVENT_KIND,
          "Выберите итоговое мероприятие: круглый стол, открытое мероприятие или другое");
    }
  }

  private static boolean flag(Object value) {
    return value != null && ("true".equalsIgnoreCase(value.toString().trim()) || "on".equalsIgnoreCase(value.toString().trim()));
  }

  private static String nullToDash(Object value) {
    return value == null ? "—" : value.toString();
  }
}
