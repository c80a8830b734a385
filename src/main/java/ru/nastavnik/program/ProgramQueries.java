package ru.nastavnik.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.PairFormationService;
import ru.nastavnik.person.Person;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * What the REST API and the other features read of programs: a program, its view for a user who
 * may see it (the pair's sides, the organization's staff), the feedback missed in an organization
 * and what became of a pair that ended early. Changes go through {@link MentoringProgramService}.
 */
@Service
@Transactional(readOnly = true)
public class ProgramQueries {

  private final MentoringProgramRepository programs;
  private final MeetingFeedbackRepository feedback;
  private final PairFormationService pairs;
  private final OrganizationService organizations;
  private final OrganizationAccess access;

  ProgramQueries(MentoringProgramRepository programs, MeetingFeedbackRepository feedback, PairFormationService pairs,
      OrganizationService organizations, OrganizationAccess access) {
    this.programs = programs;
    this.feedback = feedback;
    this.pairs = pairs;
    this.organizations = organizations;
    this.access = access;
  }

  public ProgramView.PairEnd pairEnd(Long pairId) {
    MentoringPair pair = pairs.pair(pairId);
    Optional<MentoringProgram> program = programs.findDetailedByPairId(pairId);
    return new ProgramView.PairEnd(pair.getId(), pair.getStatus(), pair.getStatus().title(), pair.getEndReason(),
        pair.getEndedAt(), program.map(MentoringProgram::getId).orElse(null),
        program.map(MentoringProgram::getStatus).orElse(null));
  }

  public MentoringProgram program(Long id) {
    return programs.findDetailedById(id)
        .orElseThrow(() -> new NotFoundException("Программа наставничества № " + id + " не найдена"));
  }

  public ProgramView view(CurrentUser user, Long programId) {
    return view(user, program(programId));
  }

  public ProgramView viewOfPair(CurrentUser user, Long pairId) {
    MentoringProgram program = programs.findDetailedByPairId(pairId)
        .orElseThrow(() -> new NotFoundException("У пары № " + pairId + " ещё нет программы наставничества"));
    return view(user, program);
  }

  /** Feedback escalated as missed in an organization (still missing or given late), for its curator. */
  public List<ProgramView.MissedFeedback> missedFeedback(CurrentUser user, Long organizationId) {
    Organization organization = organizations.organization(user, organizationId);
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Нет доступа к программам наставничества «" + organization.getShortName() + "»");
    }
    return feedback.findMissedOfOrganization(organizationId).stream().map(f -> {
      ProgramMeeting meeting = f.getMeeting();
      MentoringPair pair = meeting.getProgram().getPair();
      return new ProgramView.MissedFeedback(meeting.getProgram().getId(), pair.getId(), meeting.getId(),
          meeting.getSequence(), meeting.getKind().title() + ": " + meeting.getTopic(), meeting.getPlannedOn(), f.getAuthor(),
          f.getAuthor().title(), MentoringProgramService.person(pair, f.getAuthor()).getFullName(), f.getDueAt(), f.getEscalatedAt(),
          f.getSubmittedAt(), f.isLate());
    }).toList();
  }

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

}
