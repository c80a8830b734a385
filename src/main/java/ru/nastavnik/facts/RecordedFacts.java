package ru.nastavnik.facts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.monitoring.ReportKind;
import ru.nastavnik.monitoring.ReportStatus;
import ru.nastavnik.person.Role;
import ru.nastavnik.practice.PracticeStatus;
import ru.nastavnik.program.MeetingStatus;
import ru.nastavnik.program.ProgramStatus;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.roadmap.FactSource;
import ru.nastavnik.roadmap.SystemFact;

/**
 * The facts roadmap items can be closed by, counted where each feature records it — one grouped
 * query per fact for all the organizations asked about. What each fact counts is listed in
 * docs/roadmap-formats.md («Мероприятия, которые закрывает система»).
 */
@Component
@Transactional(readOnly = true)
class RecordedFacts implements FactSource {

  /** A request in the mentee bank: accepted, whether or not a pair has been found yet. */
  private static final Set<RequestStatus> IN_MENTEE_BANK = EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PAIR,
      RequestStatus.COMPLETED);
  /** A report counted as filed: submitted, whether or not the municipality has acknowledged it. */
  private static final Set<ReportStatus> FILED = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACKNOWLEDGED);

  private final NamedParameterJdbcTemplate jdbc;

  RecordedFacts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Long, Integer> counts(SystemFact fact, Collection<Long> organizationIds, Instant from, Instant until) {
    Map<Long, Integer> result = new HashMap<>();
    if (organizationIds.isEmpty()) {
      return result;
    }
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("ids", organizationIds)
        .addValue("from", Timestamp.from(from))
        .addValue("until", Timestamp.from(until));
    String sql = switch (fact) {
      case CURATORS_APPOINTED -> {
        params.addValue("role", Role.CURATOR.name());
        yield """
            select p.organization_id, count(*) from person p join person_role r on r.person_id = p.id
            where r.role = :role and p.organization_id in (:ids) group by p.organization_id""";
      }
      case MENTOR_BANK_FORMED -> {
        params.addValue("statuses", names(EnumSet.of(MentorStatus.APPROVED)));
        yield """
            select organization_id, count(*) from mentor_profile
            where status in (:statuses) and organization_id in (:ids) group by organization_id""";
      }
      case MENTORS_TRAINED -> {
        params.addValue("statuses", names(EnumSet.of(MentorStatus.APPROVED)));
        params.addValue("trained", TrainingStatus.COMPLETED.name());
        yield """
            select organization_id, count(*) from mentor_profile
            where status in (:statuses) and training_status = :trained and organization_id in (:ids)
            group by organization_id""";
      }
      case MENTEE_BANK_FORMED -> {
        params.addValue("statuses", names(IN_MENTEE_BANK));
        yield """
            select organization_id, count(*) from mentoring_request
            where status in (:statuses) and organization_id in (:ids) group by organization_id""";
      }
      case PAIRS_ORDERED -> {
        params.addValue("fromDay", java.sql.Date.valueOf(from.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        params.addValue("untilDay", java.sql.Date.valueOf(until.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1)));
        yield """
            select organization_id, count(*) from mentoring_pair
            where order_date is not null and order_date >= :fromDay and order_date <= :untilDay
              and organization_id in (:ids) group by organization_id""";
      }
      case PROGRAMS_COMPLETED -> {
        params.addValue("status", ProgramStatus.COMPLETED.name());
        yield """
            select organization_id, count(*) from mentoring_program
            where status = :status and completed_at >= :from and completed_at <= :until and organization_id in (:ids)
            group by organization_id""";
      }
      case MEETINGS_HELD -> {
        params.addValue("status", MeetingStatus.HELD.name());
        yield """
            select p.organization_id, count(*) from program_meeting m join mentoring_program p on p.id = m.program_id
            where m.status = :status and m.held_at >= :from and m.held_at <= :until and p.organization_id in (:ids)
            group by p.organization_id""";
      }
      case MONITORING_REPORT_FILED, ANALYTIC_REPORT_SENT -> {
        params.addValue("kind", (fact == SystemFact.MONITORING_REPORT_FILED ? ReportKind.ORGANIZATION : ReportKind.MUNICIPAL).name());
        params.addValue("statuses", names(FILED));
        yield """
            select organization_id, count(*) from monitoring_report
            where kind = :kind and status in (:statuses) and submitted_at >= :from and submitted_at <= :until
              and organization_id in (:ids) group by organization_id""";
      }
      case PRACTICES_PUBLISHED -> {
        params.addValue("status", PracticeStatus.PUBLISHED.name());
        yield """
            select organization_id, count(*) from practice
            where status = :status and published_at >= :from and published_at <= :until and organization_id in (:ids)
            group by organization_id""";
      }
    };
    jdbc.query(sql, params, row -> {
      result.put(row.getLong(1), row.getInt(2));
    });
    return result;
  }

  private static Set<String> names(Set<? extends Enum<?>> statuses) {
    Set<String> names = new java.util.TreeSet<>();
    statuses.forEach(s -> names.add(s.name()));
    return names;
  }
}
