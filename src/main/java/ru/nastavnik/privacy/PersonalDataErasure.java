package ru.nastavnik.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.person.Person;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.program.ProgramStatus;
import ru.nastavnik.reporting.ReportingSumsKeeper;
import ru.nastavnik.request.RequestStatus;

/**
 * Makes a person's personal data anonymous when they withdraw their consent to its processing
 * (152-ФЗ) or are deleted, in one transaction:
 *
 * <ol>
 *   <li>whatever runs for them ends with the reason recorded: their requests close, their pairs
 *       end early (a mentor's mentees go back to the search for a mentor), their programs and
 *       questionnaire stop, and the engine's running processes are ended or interrupted;
 *   <li>what identifies them is erased from our tables (name, contacts, login, the texts they wrote
 *       or that were written about them) and from the engine (their account, names in task names,
 *       their login in the history);
 *   <li>the curators of their organization are told what was ended, by number and without names.
 * </ol>
 *
 * Rows stay, so that monitoring and the dashboard keep counting them, without names.
 */
@Service
public class PersonalDataErasure {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataErasure.class);

  private final PersonService people;
  private final ConsentService consents;
  private final EngineErasure engine;
  private final Notifier notifier;
  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final EntityManager entityManager;
  private final ReportingSumsKeeper sums;
  private final Clock clock;

  PersonalDataErasure(PersonService people, ConsentService consents, EngineErasure engine, Notifier notifier,
      NamedParameterJdbcTemplate named, EntityManager entityManager, ReportingSumsKeeper sums, Clock clock) {
    this.people = people;
    this.consents = consents;
    this.engine = engine;
    this.notifier = notifier;
    this.named = named;
    this.jdbc = named.getJdbcTemplate();
    this.entityManager = entityManager;
    this.sums = sums;
    this.clock = clock;
  }

  /** What was ended and erased, by number. */
  public record Outcome(Long personId, List<Long> requestsClosed, List<Long> pairsEnded, List<Long> programsEnded,
      List<Long> mentorProfilesClosed, List<Long> searchesRestarted) {}

  /**
   * @param why the reason recorded on everything that ends (Russian, e.g. «согласие на обработку
   *     персональных данных отозвано»)
   * @param by the login of whoever withdrew the consent or deleted the person
   */
  @Transactional
  public Outcome erase(Long personId, String why, String by) {
    Person person = people.find(personId);
    if (person.isAnonymized()) {
      return new Outcome(personId, List.of(), List.of(), List.of(), List.of(), List.of());
    }
    Instant now = clock.instant();
    String fullName = person.getFullName();
    String login = person.getLogin();
    String email = person.getEmail();
    String organizationCode = person.getOrganization().getCode();
    // Our own writes below go through SQL: what JPA holds must be in the database first.
    entityManager.flush();

    // The statuses below are bound as parameters: what runs, what is forming, what ends how.
    MapSqlParameterSource p = new MapSqlParameterSource("person", personId)
        .addValue("now", ts(now))
        .addValue("why", why)
        .addValue("by", by)
        .addValue("withdrawableRequests", names(RequestStatus.WITHDRAWABLE))
        .addValue("withdrawnRequest", RequestStatus.WITHDRAWN.name())
        .addValue("runningPairs", names(PairStatus.OCCUPYING))
        .addValue("formingPairs", names(PairStatus.FORMING))
        .addValue("activePair", PairStatus.ACTIVE.name())
        .addValue("declinedPair", PairStatus.DECLINED.name())
        .addValue("endedEarlyPair", PairStatus.ENDED_EARLY.name())
        .addValue("withdrawnMentor", MentorStatus.WITHDRAWN.name())
        .addValue("programsOver", names(ProgramStatus.OVER))
        .addValue("endedEarlyProgram", ProgramStatus.ENDED_EARLY.name());
    List<Long> requests = ids("select id from mentoring_request where mentee_id = :person", p);
    List<Long> openRequests = ids("select id from mentoring_request where mentee_id = :person"
        + " and status in (:withdrawableRequests)", p);
    List<Long> menteePairs = ids("select p.id from mentoring_pair p join mentoring_request r on r.id = p.request_id"
        + " where r.mentee_id = :person", p);
    List<Long> openMenteePairs = ids("select p.id from mentoring_pair p join mentoring_request r on r.id = p.request_id"
        + " where r.mentee_id = :person and p.status in (:runningPairs)", p);
    List<Long> profiles = ids("select id from mentor_profile where person_id = :person", p);
    List<Long> mentorPairs = ids("select p.id from mentoring_pair p join mentor_profile m on m.id = p.mentor_profile_id"
        + " where m.person_id = :person", p);
    List<Long> activeMentorPairs = ids("select p.id from mentoring_pair p join mentor_profile m on m.id = p.mentor_profile_id"
        + " where m.person_id = :person and p.status = :activePair", p);
    List<Long> formingMentorPairs = ids("select p.id from mentoring_pair p join mentor_profile m on m.id = p.mentor_profile_id"
        + " where m.person_id = :person and p.status in (:formingPairs)", p);
    List<Long> searchesToRestart = ids("select distinct p.request_id from mentoring_pair p join mentor_profile m on m.id = p.mentor_profile_id"
        + " where m.person_id = :person and p.status in (:formingPairs)", p);

    // 1. Stop what runs. The mentor leaves the bank first, so that no search started below picks him again.
    List<Long> profilesClosed = ids("select id from mentor_profile where person_id = :person and status <> :withdrawnMentor", p);
    named.update("update mentor_profile set status = :withdrawnMentor where person_id = :person", p);
    engine.endQuestionnaires(profiles, why);
    // His active pairs end early as if the curator ended them: the program's process ends program
    // and pair and starts the mentee's search again.
    engine.endEarly(activeMentorPairs, why, by);
    for (Long pair : formingMentorPairs) {
      named.update("update mentoring_pair set status = :declinedPair, ended_at = :now, end_reason = :why where id = :pair"
          + " and status in (:formingPairs)", withPair(p, pair));
    }
    engine.restartSearches(searchesToRestart, why);

    // The mentee's requests, pairs and programs end here.
    engine.endRequestProcesses(requests, openMenteePairs, why);
    List<Long> programsEnded = openMenteePairs.isEmpty() ? List.of() : ids("select id from mentoring_program"
        + " where pair_id in (:pairs) and status not in (:programsOver)", new MapSqlParameterSource(p.getValues())
        .addValue("pairs", openMenteePairs));
    named.update("update mentoring_request set status = :withdrawnRequest, decided_at = :now, decided_by = :by"
        + " where mentee_id = :person and status in (:withdrawableRequests)", p);
    for (Long pair : openMenteePairs) {
      // An active pair ends early, any other is declined: the other ones first, so that the pair just
      // ended early is not declined after it.
      named.update("update mentoring_pair set status = :declinedPair, ended_at = :now, end_reason = :why"
          + " where id = :pair and status <> :activePair", withPair(p, pair));
      named.update("update mentoring_pair set status = :endedEarlyPair, ended_at = :now, end_reason = :why"
          + " where id = :pair and status = :activePair", withPair(p, pair));
    }
    for (Long program : programsEnded) {
      named.update("update mentoring_program set status = :endedEarlyProgram, ended_at = :now, ended_by = :by,"
          + " end_reason = :why where id = :program", new MapSqlParameterSource(p.getValues()).addValue("program", program));
    }
    sums.requestsWrittenDirectly(Stream.concat(requests.stream(), searchesToRestart.stream()).toList());

    // 2. Erase what identifies them.
    eraseTexts(personId, menteePairs, mentorPairs, fullName, email);
    consents.anonymizeSigners(personId);
    person.anonymize(now);
    entityManager.flush();
    String anonymous = Person.anonymousName(personId);
    engine.eraseAccount(login, fullName, anonymous);
    notifier.replaceInJournal(fullName, anonymous);
    if (email != null) {
      notifier.replaceInJournal(email, "обезличено");
    }

    Outcome outcome = new Outcome(personId, openRequests, union(openMenteePairs, activeMentorPairs, formingMentorPairs),
        programsEnded, profilesClosed, searchesToRestart);
    notifyCurators(organizationCode, anonymous, why, outcome);
    LOG.info("Персональные данные участника № {} обезличены ({}): {}", personId, why, outcome);
    return outcome;
  }

  private void eraseTexts(Long personId, List<Long> menteePairs, List<Long> mentorPairs, String fullName, String email) {
    jdbc.update("update mentoring_request set other_difficulty = null, subject = null, curator_comment = null where mentee_id = ?",
        personId);
    jdbc.update("update pair_search_attempt set support_note = null where request_id in"
        + " (select id from mentoring_request where mentee_id = ?)", personId);
    jdbc.update("update mentor_profile set about = null, curator_comment = null where person_id = ?", personId);
    jdbc.update("update mentor_exclusion set reason = null where request_id in (select id from mentoring_request where mentee_id = ?)"
        + " or mentor_profile_id in (select id from mentor_profile where person_id = ?)", personId, personId);
    Set<Long> pairs = new LinkedHashSet<>(menteePairs);
    pairs.addAll(mentorPairs);
    for (Long pair : pairs) {
      jdbc.update("update mentoring_pair set explanation = 'обезличено' where id = ?", pair);
    }
    // A mentee's program is her personal plan: its texts go. A mentor's own texts go from his pairs' programs.
    for (Long pair : menteePairs) {
      jdbc.update("update mentoring_program set goals = null, tasks = null, planned_results = null, review_comment = null,"
          + " mentor_reflection = null, mentor_report = null, mentee_reflection = null, mentee_report = null,"
          + " curator_assessment = null, final_event_note = null, reward_proposal = null, reward_comment = null"
          + " where pair_id = ?", pair);
      jdbc.update("update program_meeting set notes = null, cancel_reason = null where program_id in"
          + " (select id from mentoring_program where pair_id = ?)", pair);
      jdbc.update("update meeting_feedback set feedback_comment = null where meeting_id in (select m.id from program_meeting m"
          + " join mentoring_program p on p.id = m.program_id where p.pair_id = ?)", pair);
    }
    for (Long pair : mentorPairs) {
      jdbc.update("update mentoring_program set mentor_reflection = null, mentor_report = null, reward_proposal = null,"
          + " reward_comment = null where pair_id = ?", pair);
      jdbc.update("update meeting_feedback set feedback_comment = null where author = 'MENTOR' and meeting_id in"
          + " (select m.id from program_meeting m join mentoring_program p on p.id = m.program_id where p.pair_id = ?)", pair);
    }
    // Their name wherever others wrote it: programs, practices, monitoring texts, roadmap measures.
    for (String value : email == null ? List.of(fullName) : List.of(fullName, email)) {
      String replacement = value.equals(email) ? "обезличено" : Person.anonymousName(personId);
      for (String column : List.of("goals", "tasks", "planned_results", "review_comment", "mentor_reflection", "mentor_report",
          "mentee_reflection", "mentee_report", "curator_assessment", "final_event_note", "reward_proposal", "reward_comment",
          "end_reason")) {
        jdbc.update("update mentoring_program set " + column + " = replace(" + column + ", ?, ?) where " + column + " like ?",
            value, replacement, "%" + value + "%");
      }
      for (String column : List.of("title", "description", "review_comment")) {
        jdbc.update("update practice set " + column + " = replace(" + column + ", ?, ?) where " + column + " like ?",
            value, replacement, "%" + value + "%");
      }
      for (String column : List.of("comments", "difficulties", "plans", "conclusions", "review_comment")) {
        jdbc.update("update monitoring_report set " + column + " = replace(" + column + ", ?, ?) where " + column + " like ?",
            value, replacement, "%" + value + "%");
      }
      // The measures a director recorded on an overdue roadmap item are signed with the director's name.
      jdbc.update("update roadmap_occurrence set escalation_note = replace(escalation_note, ?, ?) where escalation_note like ?",
          value, replacement, "%" + value + "%");
    }
  }

  private void notifyCurators(String organizationCode, String anonymous, String why, Outcome outcome) {
    StringBuilder body = new StringBuilder(anonymous).append(": ").append(why).append(".\n\n")
        .append("Персональные данные участника обезличены; в статистике он учитывается без имени.\n");
    append(body, "Закрыты запросы", outcome.requestsClosed());
    append(body, "Завершены досрочно или не сложились пары", outcome.pairsEnded());
    append(body, "Завершены досрочно программы", outcome.programsEnded());
    append(body, "Анкета наставника выведена из банка", outcome.mentorProfilesClosed());
    append(body, "Подбор наставника начат заново для запросов", outcome.searchesRestarted());
    notifier.notifyGroup(GroupNames.curators(organizationCode), "Отозвано согласие на обработку персональных данных",
        body.toString());
  }

  private static void append(StringBuilder body, String label, List<Long> ids) {
    if (!ids.isEmpty()) {
      body.append("\n").append(label).append(": № ")
          .append(String.join(", № ", ids.stream().map(String::valueOf).toList())).append(".");
    }
  }

  private List<Long> ids(String sql, MapSqlParameterSource params) {
    return named.queryForList(sql, params, Long.class);
  }

  private static MapSqlParameterSource withPair(MapSqlParameterSource params, Long pair) {
    return new MapSqlParameterSource(params.getValues()).addValue("pair", pair);
  }

  private static List<String> names(Set<? extends Enum<?>> statuses) {
    return statuses.stream().map(Enum::name).toList();
  }

  @SafeVarargs
  private static List<Long> union(List<Long>... lists) {
    Set<Long> all = new LinkedHashSet<>();
    for (List<Long> list : lists) all.addAll(list);
    return new ArrayList<>(all);
  }

  private static java.sql.Timestamp ts(Instant at) {
    return java.sql.Timestamp.from(at);
  }
}
