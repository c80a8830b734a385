package ru.nastavnik.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.program.MeetingKind;
import ru.nastavnik.program.MeetingStatus;
import ru.nastavnik.program.ProgramStatus;
import ru.nastavnik.reporting.ReportingRules;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * What the workspace lists show that the REST API has no single call for: the banks and pairs of
 * a school with their state in one row each, a month's meetings, a person's own request, pair and
 * program. Plain SQL (the same on PostgreSQL and H2); access is checked first, as in the services.
 */
@Component
@Transactional(readOnly = true)
public class WorkspaceQueries {

  private final NamedParameterJdbcTemplate jdbc;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final java.time.Clock clock;

  WorkspaceQueries(NamedParameterJdbcTemplate jdbc, OrganizationService organizations, OrganizationAccess access,
      java.time.Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.access = access;
    this.clock = clock;
  }

  /** The school (with its municipality's zone) whose people the user may see, or a refusal. */
  public SchoolInfo school(CurrentUser user, Long organizationId) {
    Organization organization = organizations.organization(user, organizationId);
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Данные «" + organization.getShortName()
          + "» доступны её куратору и руководителю, координатору и органу управления");
    }
    return new SchoolInfo(organization.getId(), organization.getShortName(), organization.getName(),
        organization.getMunicipality().getId(), organization.getMunicipality().getName(),
        organization.getMunicipality().getTimeZone(), organization.getKind().isEducational(),
        access.canManagePeopleOf(user, organization));
  }

  /** The municipality's time zone (the caller has checked access). */
  public ZoneId zoneOf(Long municipalityId) {
    return organizations.municipality(municipalityId).getTimeZone();
  }

  // --- the bank of mentees ---------------------------------------------------------------------

  public List<RequestRow> requests(CurrentUser user, Long organizationId) {
    SchoolInfo school = school(user, organizationId);
    MapSqlParameterSource params = new MapSqlParameterSource("organization", organizationId);
    Map<Long, String> difficulties = new HashMap<>();
    jdbc.query("""
        select d.request_id, c.title from mentoring_request_difficulty d
        join mentoring_request r on r.id = d.request_id
        join competency c on c.code = d.competency_code
        where r.organization_id = :organization
        order by d.request_id, c.sort_order""", params,
        rs -> { difficulties.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "; " + b); });
    Map<Long, String> pairs = new HashMap<>();
    jdbc.query("select mp.request_id, mp.status from mentoring_pair mp where mp.organization_id = :organization order by mp.id",
        params, rs -> { pairs.put(rs.getLong(1), rs.getString(2)); });
    LocalDate today = clock.instant().atZone(school.zone()).toLocalDate();
    return jdbc.query("""
        select r.id, p.id, p.full_name, p.category, r.subject, r.desired_form, r.other_difficulty, r.status, r.late,
               r.review_overdue, r.filed_at
        from mentoring_request r join person p on p.id = r.mentee_id
        where r.organization_id = :organization
        order by r.filed_at desc, r.id desc""", params, (rs, n) -> {
      long id = rs.getLong(1);
      RequestStatus status = RequestStatus.valueOf(rs.getString(8));
      String pair = pairs.get(id);
      Instant filed = rs.getTimestamp(11).toInstant();
      boolean waiting = status == RequestStatus.ACCEPTED && (pair == null || !PairStatus.SERVING.contains(PairStatus.valueOf(pair)));
      String other = rs.getString(7);
      String list = difficulties.getOrDefault(id, "");
      if (other != null && !other.isBlank()) {
        list = list.isEmpty() ? other : list + "; " + other;
      }
      return new RequestRow(id, rs.getLong(2), rs.getString(3), PersonCategory.valueOf(rs.getString(4)).title(),
          rs.getString(5), MentoringForm.valueOf(rs.getString(6)).title(), list, status.name(), status.title(),
          rs.getBoolean(9), rs.getBoolean(10), filed.atZone(school.zone()).toLocalDate(), waiting,
          waiting ? ChronoUnit.DAYS.between(filed.atZone(school.zone()).toLocalDate(), today) : 0,
          pair == null ? null : PairStatus.valueOf(pair).title());
    });
  }

  // --- the bank of mentors ---------------------------------------------------------------------

  public List<MentorRow> mentors(CurrentUser user, Long organizationId) {
    school(user, organizationId);
    MapSqlParameterSource params = new MapSqlParameterSource("organization", organizationId)
        .addValue("occupying", PairStatus.OCCUPYING.stream().map(Enum::name).toList());
    Map<Long, Integer> load = new HashMap<>();
    jdbc.query("""
        select mp.mentor_profile_id, count(*) from mentoring_pair mp
        join mentor_profile m on m.id = mp.mentor_profile_id
        where m.organization_id = :organization and mp.status in (:occupying)
        group by mp.mentor_profile_id""", params, rs -> { load.put(rs.getLong(1), rs.getInt(2)); });
    Map<Long, String> competencies = new HashMap<>();
    jdbc.query("""
        select mc.mentor_profile_id, c.title from mentor_competency mc
        join mentor_profile m on m.id = mc.mentor_profile_id
        join competency c on c.code = mc.competency_code
        where m.organization_id = :organization order by mc.mentor_profile_id, c.sort_order""", params,
        rs -> { competencies.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "; " + b); });
    return jdbc.query("""
        select m.id, p.id, p.full_name, p.position, m.status, m.training_status, m.capacity, m.submitted_at
        from mentor_profile m join person p on p.id = m.person_id
        where m.organization_id = :organization
        order by p.full_name, m.id""", params, (rs, n) -> {
      long id = rs.getLong(1);
      MentorStatus status = MentorStatus.valueOf(rs.getString(5));
      TrainingStatus training = TrainingStatus.valueOf(rs.getString(6));
      return new MentorRow(id, rs.getLong(2), rs.getString(3), rs.getString(4), status.name(), status.title(),
          training.name(), training.title(), rs.getInt(7), load.getOrDefault(id, 0), competencies.getOrDefault(id, ""));
    });
  }

  // --- pairs and their programs ----------------------------------------------------------------

  public List<PairRow> pairs(CurrentUser user, Long organizationId) {
    SchoolInfo school = school(user, organizationId);
    return pairRows("mp.organization_id = :organization", new MapSqlParameterSource("organization", organizationId),
        school.zone());
  }

  private List<PairRow> pairRows(String where, MapSqlParameterSource params, ZoneId zone) {
    params.addValue("held", MeetingStatus.HELD.name()).addValue("planned", MeetingStatus.PLANNED.name())
        .addValue("cancelled", MeetingStatus.CANCELLED.name());
    Map<Long, int[]> meetings = new HashMap<>();
    Map<Long, NextMeeting> next = new HashMap<>();
    jdbc.query("""
        select m.program_id, m.seq, m.kind, m.topic, m.planned_on, m.status from program_meeting m
        join mentoring_program prog on prog.id = m.program_id
        join mentoring_pair mp on mp.id = prog.pair_id
        where""" + " " + where + " order by m.program_id, m.seq", params, rs -> {
      long program = rs.getLong(1);
      String status = rs.getString(6);
      int[] counts = meetings.computeIfAbsent(program, k -> new int[2]);
      if (!MeetingStatus.CANCELLED.name().equals(status)) {
        counts[1]++;
      }
      if (MeetingStatus.HELD.name().equals(status)) {
        counts[0]++;
      } else if (MeetingStatus.PLANNED.name().equals(status) && !next.containsKey(program)) {
        next.put(program, new NextMeeting(rs.getInt(2), MeetingKind.valueOf(rs.getString(3)).title(), rs.getString(4),
            rs.getObject(5, LocalDate.class)));
      }
    });
    Map<Long, int[]> feedback = new HashMap<>();
    jdbc.query("""
        select m.program_id,
               sum(case when fb.submitted_at is not null then 1 else 0 end),
               sum(case when fb.missed and fb.submitted_at is null then 1 else 0 end),
               count(*)
        from meeting_feedback fb
        join program_meeting m on m.id = fb.meeting_id
        join mentoring_program prog on prog.id = m.program_id
        join mentoring_pair mp on mp.id = prog.pair_id
        where""" + " " + where + " group by m.program_id", params,
        rs -> { feedback.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)}); });
    Map<Long, Double> growth = new HashMap<>();
    jdbc.query("""
        select s.program_id, sum(s.final_score - s.entry_score), count(*)
        from program_survey_item s
        join mentoring_program prog on prog.id = s.program_id
        join mentoring_pair mp on mp.id = prog.pair_id
        where s.entry_score is not null and s.final_score is not null and""" + " " + where + " group by s.program_id",
        params, rs -> { growth.put(rs.getLong(1), Math.round(10.0 * rs.getLong(2) / rs.getInt(3)) / 10.0); });
    return jdbc.query("""
        select mp.id, mp.status, mentee.full_name, mentee.login, mentor.full_name, mentor.login, mp.order_number,
               mp.order_date, mp.proposed_at, mp.activated_at, mp.ended_at, mp.end_reason, prog.id, prog.status,
               mp.organization_id, o.short_name
        from mentoring_pair mp
        join organization o on o.id = mp.organization_id
        join mentoring_request r on r.id = mp.request_id
        join person mentee on mentee.id = r.mentee_id
        join mentor_profile mprof on mprof.id = mp.mentor_profile_id
        join person mentor on mentor.id = mprof.person_id
        left join mentoring_program prog on prog.pair_id = mp.id
        where""" + " " + where + " order by mp.id desc", params, (rs, n) -> {
      PairStatus status = PairStatus.valueOf(rs.getString(2));
      Long program = rs.getObject(13) == null ? null : rs.getLong(13);
      ProgramStatus programStatus = rs.getString(14) == null ? null : ProgramStatus.valueOf(rs.getString(14));
      int[] m = program == null ? new int[2] : meetings.getOrDefault(program, new int[2]);
      int[] f = program == null ? new int[3] : feedback.getOrDefault(program, new int[3]);
      return new PairRow(rs.getLong(1), status.name(), status.title(), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), date(rs.getTimestamp(9), zone),
          date(rs.getTimestamp(10), zone), date(rs.getTimestamp(11), zone), rs.getString(12), program,
          programStatus == null ? null : programStatus.title(), m[0], m[1],
          program == null ? null : next.get(program), f[0], f[1], f[2], program == null ? null : growth.get(program),
          rs.getLong(15), rs.getString(16));
    });
  }

  // --- the month's meetings --------------------------------------------------------------------

  /** Meetings of the school's programs in the calendar month of {@code day}, by the rule of the figures. */
  public MonthMeetings monthMeetings(CurrentUser user, Long organizationId, LocalDate day) {
    SchoolInfo school = school(user, organizationId);
    LocalDate from = day.withDayOfMonth(1);
    LocalDate to = from.plusMonths(1);
    MapSqlParameterSource params = ReportingRules.bind(new MapSqlParameterSource("organization", organizationId),
        from.atStartOfDay(school.zone()).toInstant(), to.atStartOfDay(school.zone()).toInstant(), school.zone());
    return jdbc.queryForObject("""
        select count(*), coalesce(sum(case when m.status = :held then 1 else 0 end), 0)
        from program_meeting m join mentoring_program prog on prog.id = m.program_id
        where prog.organization_id = :organization and""" + " " + ReportingRules.MEETING_IN_PERIOD, params,
        (rs, n) -> new MonthMeetings(from, rs.getInt(1), rs.getInt(2)));
  }

  // --- one's own mentoring ---------------------------------------------------------------------

  /** The user's requests as a mentee (newest first) and the pairs in which they are mentor or mentee. */
  public Mine mine(CurrentUser user) {
    MapSqlParameterSource params = new MapSqlParameterSource("login", user.userId());
    List<MyRequest> requests = jdbc.query("""
        select r.id, r.status, r.filed_at, r.curator_comment, r.subject, o.short_name, mun.time_zone
        from mentoring_request r
        join person p on p.id = r.mentee_id
        join organization o on o.id = r.organization_id
        join municipality mun on mun.id = o.municipality_id
        where p.login = :login
        order by r.filed_at desc, r.id desc""", params, (rs, n) -> {
      RequestStatus status = RequestStatus.valueOf(rs.getString(2));
      return new MyRequest(rs.getLong(1), status.name(), status.title(),
          date(rs.getTimestamp(3), ZoneId.of(rs.getString(7))), rs.getString(4), rs.getString(5), rs.getString(6));
    });
    List<ZoneId> zones = jdbc.query("""
        select mun.time_zone from person p join organization o on o.id = p.organization_id
        join municipality mun on mun.id = o.municipality_id where p.login = :login""", params,
        (rs, n) -> ZoneId.of(rs.getString(1)));
    List<Long> pairIds = jdbc.queryForList("""
        select mp.id from mentoring_pair mp
        join mentoring_request r on r.id = mp.request_id
        join person mentee on mentee.id = r.mentee_id
        join mentor_profile mprof on mprof.id = mp.mentor_profile_id
        join person mentor on mentor.id = mprof.person_id
        where mentee.login = :login or mentor.login = :login""", params, Long.class);
    List<PairRow> pairs = pairIds.isEmpty() ? List.of() : pairRows("mp.id in (:pairs)",
        new MapSqlParameterSource("pairs", pairIds), zones.isEmpty() ? ZoneId.systemDefault() : zones.get(0));
    ZoneId zone = zones.isEmpty() ? ZoneId.systemDefault() : zones.get(0);
    List<Expected> expected = new java.util.ArrayList<>(jdbc.query("""
        select fb.due_at, m.seq, m.topic, mp.id from meeting_feedback fb
        join program_meeting m on m.id = fb.meeting_id
        join mentoring_program prog on prog.id = m.program_id
        join mentoring_pair mp on mp.id = prog.pair_id
        join mentoring_request r on r.id = mp.request_id
        join person mentee on mentee.id = r.mentee_id
        join mentor_profile mprof on mprof.id = mp.mentor_profile_id
        join person mentor on mentor.id = mprof.person_id
        where fb.submitted_at is null and not fb.missed
          and ((fb.author = 'MENTEE' and mentee.login = :login) or (fb.author = 'MENTOR' and mentor.login = :login))
        order by fb.due_at""", params, (rs, n) -> new Expected("Отзыв о встрече № " + rs.getInt(2) + " «"
            + rs.getString(3) + "» (пара № " + rs.getLong(4) + ")", date(rs.getTimestamp(1), zone))));
    expected.addAll(jdbc.query("""
        select prog.starts_on, prog.duration_months, mp.id from mentoring_program prog
        join mentoring_pair mp on mp.id = prog.pair_id
        join mentoring_request r on r.id = mp.request_id
        join person mentee on mentee.id = r.mentee_id
        join mentor_profile mprof on mprof.id = mp.mentor_profile_id
        join person mentor on mentor.id = mprof.person_id
        where mp.status = :active and prog.duration_months is not null
          and (mentee.login = :login or mentor.login = :login)""",
        new MapSqlParameterSource("login", user.userId()).addValue("active", PairStatus.ACTIVE.name()),
        (rs, n) -> new Expected("Завершить программу пары № " + rs.getLong(3) + ": итоговая анкета и отчёт",
            rs.getObject(1, LocalDate.class).plusMonths(rs.getInt(2)))));
    return new Mine(requests, pairs, expected);
  }

  private static LocalDate date(Timestamp at, ZoneId zone) {
    return at == null ? null : at.toInstant().atZone(zone).toLocalDate();
  }

  // --- rows ------------------------------------------------------------------------------------

  /** A school as the pages name it; {@code manage}: the user may change its people. */
  public record SchoolInfo(Long id, String name, String fullName, Long municipalityId, String municipality, ZoneId zone,
      boolean educational, boolean manage) {}

  /** A request of the bank of mentees; {@code waitingDays} since filing while it waits for a mentor. */
  public record RequestRow(Long id, Long menteeId, String mentee, String category, String subject, String form,
      String difficulties, String status, String statusTitle, boolean late, boolean reviewOverdue, LocalDate filedOn,
      boolean waiting, long waitingDays, String pairStatus) {}

  /** A mentor of the bank; {@code load} pairs take places of {@code capacity}. */
  public record MentorRow(Long id, Long personId, String name, String position, String status, String statusTitle,
      String training, String trainingTitle, int capacity, int load, String competencies) {}

  /** A pair with its program: meetings held of planned, the next one, feedback given and missed, growth. */
  public record PairRow(Long id, String status, String statusTitle, String mentee, String menteeLogin, String mentor,
      String mentorLogin, String orderNumber, LocalDate orderDate, LocalDate proposedOn, LocalDate activatedOn,
      LocalDate endedOn, String endReason, Long programId, String programStatus, int meetingsHeld, int meetingsPlanned,
      NextMeeting next, int feedbackGiven, int feedbackMissed, int feedbackTotal, Double growth, Long organizationId,
      String organization) {

    public boolean active() { return PairStatus.ACTIVE.name().equals(status); }
  }

  public record NextMeeting(int sequence, String kind, String topic, LocalDate plannedOn) {

    /** «Рабочая встреча: тема»; a fixed meeting's topic is its kind's name, said once. */
    public String title() {
      return topic == null || topic.equals(kind) ? kind : kind + ": " + topic;
    }
  }

  public record MonthMeetings(LocalDate month, int planned, int held) {}

  public record MyRequest(Long id, String status, String statusTitle, LocalDate filedOn, String curatorComment,
      String subject, String organization) {}

  /** Something the user is expected to do, and by when. */
  public record Expected(String what, LocalDate by) {}

  public record Mine(List<MyRequest> requests, List<PairRow> pairs, List<Expected> expected) {}
}
