package ru.nastavnik.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.program.MeetingStatus;

/**
 * The one home of the counting rules shared by the monitoring figures (справка, figures XLSX,
 * {@code /api/monitoring/figures}) and the Cockpit dashboard: which statuses count as what, and
 * which date puts a meeting, a feedback or a rating into a period. The SQL fragments expect the
 * aliases {@code m} (program_meeting), {@code fb} (meeting_feedback) and {@code mp}
 * (mentoring_pair) and the parameters of {@link #bind}.
 *
 * <ul>
 *   <li><b>Meetings</b> count in the period of their date: the moment a held meeting was held, the
 *       planned day of one not yet held; cancelled meetings never count. «Проведено» are the held ones
 *       among them, so held ≤ planned.
 *   <li><b>Feedback and ratings</b> belong to the held meetings of the period: a feedback is «due» once
 *       its due moment has passed or it was given, «given» once submitted, and a rating counts when the
 *       given feedback carries one — so ratings ≤ given ≤ due, and satisfaction is their average.
 *   <li><b>Pairs</b>: «with a mentor» and «served» are {@link PairStatus#WITH_MENTOR} and {@link PairStatus#SERVING}.
 * </ul>
 */
public final class ReportingRules {

  /** A meeting that counts in the period [from, to). */
  public static final String MEETING_IN_PERIOD = "(m.status <> :cancelled and ((m.status = :held and m.held_at >= :from"
      + " and m.held_at < :to) or (m.status <> :held and m.planned_on >= :fromDate and m.planned_on < :toDate)))";

  /** A held meeting: its feedback and ratings count, in the period of {@code held_at}. */
  public static final String HELD = "(m.status = :held)";

  /** A meeting held in the period: its feedback counts in it. */
  public static final String HELD_IN_PERIOD = "(" + HELD + " and m.held_at >= :from and m.held_at < :to)";

  /**
   * A feedback of a meeting held in the period, read from the feedback alone: {@code meeting_held_at}
   * is the moment its meeting was held while it is held ({@link ReportingSums} keeps it), so this is
   * {@link #HELD_IN_PERIOD} without joining the meetings.
   */
  public static final String FEEDBACK_OF_HELD_IN_PERIOD = "(fb.meeting_held_at >= :from and fb.meeting_held_at < :to)";

  /** A feedback that is due by the end of the period (or already given). */
  public static final String FEEDBACK_DUE = "(fb.submitted_at is not null or fb.due_at < :to)";

  public static final String FEEDBACK_GIVEN = "(fb.submitted_at is not null)";

  public static final String FEEDBACK_RATED = "(fb.submitted_at is not null and fb.rating is not null)";

  private ReportingRules() {}

  /**
   * Binds the period [from, to) — as moments and as days of the zone — and the status sets.
   *
   * @param to the end of the period, exclusive (the report's moment, or the start of the next year)
   */
  public static MapSqlParameterSource bind(MapSqlParameterSource params, Instant from, Instant to, ZoneId zone) {
    LocalDate toDate = to.atZone(zone).toLocalDate();
    if (!to.atZone(zone).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      toDate = toDate.plusDays(1);
    }
    return params
        .addValue("from", Timestamp.from(from))
        .addValue("to", Timestamp.from(to))
        .addValue("fromDate", from.atZone(zone).toLocalDate())
        .addValue("toDate", toDate)
        .addValue("held", MeetingStatus.HELD.name())
        .addValue("cancelled", MeetingStatus.CANCELLED.name())
        .addValue("serving", names(PairStatus.SERVING))
        .addValue("withMentor", names(PairStatus.WITH_MENTOR));
  }

  static List<String> names(Collection<? extends Enum<?>> statuses) {
    return statuses.stream().map(Enum::name).toList();
  }
}
