package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The monitoring figures of one organization (or, summed, of a municipality). Averages and
 * shares are kept as their sums and counts so that a municipality's figures are exact sums of
 * its organizations' and never averages of averages.
 *
 * @param organizationId null for a municipality's total
 * @param youngSpecialists teachers of category «молодой специалист» (experience up to 3 years)
 * @param youngWithMentor of them, those with an active or completed pair
 * @param requestsWithoutMentor accepted requests with no pair under way or completed
 * @param waitingDaysTotal days those requests have waited since they were filed, summed
 * @param meetingsPlanned meetings planned in the period up to the report date, not cancelled
 * @param feedbackDue feedback whose due date fell in the period up to the report date
 * @param ratingSum sum of meeting ratings (1–10) given in the period; {@code ratings} their number
 * @param growthSum final minus entry score over the survey items of programs finished in the period
 * @param roadmapDue roadmap occurrences of the organization whose deadline (moved off a non-working day) passed in
 *     the period before the report date
 * @param indicatorPlan the calendar year's indicator targets of the items the organization carries out
 */
public record Figures(Long organizationId, String organization,
    int mentorsInBank, int menteesInBank, int activePairs, int completedPairs, int endedEarlyPairs,
    int youngSpecialists, int youngWithMentor,
    int requestsWithoutMentor, long waitingDaysTotal, int waitingDaysMax,
    int meetingsPlanned, int meetingsHeld, int feedbackDue, int feedbackGiven,
    long ratingSum, int ratings, long growthSum, int growthItems,
    int roadmapDue, int roadmapDone, int roadmapOverdue, int indicatorPlan, int indicatorFact) {

  static Figures empty(Long organizationId, String organization) {
    return new Figures(organizationId, organization, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** This organization's figures added to {@code other}'s, under the given name. */
  Figures plus(Figures o, Long id, String name) {
    return new Figures(id, name, mentorsInBank + o.mentorsInBank, menteesInBank + o.menteesInBank,
        activePairs + o.activePairs, completedPairs + o.completedPairs, endedEarlyPairs + o.endedEarlyPairs,
        youngSpecialists + o.youngSpecialists, youngWithMentor + o.youngWithMentor,
        requestsWithoutMentor + o.requestsWithoutMentor, waitingDaysTotal + o.waitingDaysTotal,
        Math.max(waitingDaysMax, o.waitingDaysMax), meetingsPlanned + o.meetingsPlanned, meetingsHeld + o.meetingsHeld,
        feedbackDue + o.feedbackDue, feedbackGiven + o.feedbackGiven, ratingSum + o.ratingSum, ratings + o.ratings,
        growthSum + o.growthSum, growthItems + o.growthItems, roadmapDue + o.roadmapDue, roadmapDone + o.roadmapDone,
        roadmapOverdue + o.roadmapOverdue, indicatorPlan + o.indicatorPlan, indicatorFact + o.indicatorFact);
  }

  /** Share of young specialists with a mentor, per cent (null when there are none). */
  public Integer youngCoveragePercent() { return percent(youngWithMentor, youngSpecialists); }

  public Integer meetingsHeldPercent() { return percent(meetingsHeld, meetingsPlanned); }

  public Integer feedbackPercent() { return percent(feedbackGiven, feedbackDue); }

  public Integer indicatorPercent() { return percent(indicatorFact, indicatorPlan); }

  /** Mean days an unserved request has waited, one decimal. */
  public BigDecimal averageWaitingDays() { return average(waitingDaysTotal, requestsWithoutMentor); }

  /** Mean meeting rating on the 1–10 scale, one decimal. */
  public BigDecimal averageSatisfaction() { return average(ratingSum, ratings); }

  /** Mean growth in points between the entry and the final survey, per difficulty, one decimal. */
  public BigDecimal averageGrowth() { return average(growthSum, growthItems); }

  private static Integer percent(int part, int whole) {
    return whole == 0 ? null : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
  }

  private static BigDecimal average(long sum, int count) {
    return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  /** A figure as the reports print it. */
  public record Line(String label, String value) {}

  /** The figures in the order of the report, with Russian labels («—» where nothing can be said). */
  public List<Line> lines() {
    return List.of(
        new Line("Наставников в банке наставников", String.valueOf(mentorsInBank)),
        new Line("Наставляемых в банке наставляемых", String.valueOf(menteesInBank)),
        new Line("Действующих пар (групп) наставничества", String.valueOf(activePairs)),
        new Line("Пар, завершивших программу за период", String.valueOf(completedPairs)),
        new Line("Пар, завершённых досрочно за период", String.valueOf(endedEarlyPairs)),
        new Line("Молодых специалистов (стаж до 3 лет)", String.valueOf(youngSpecialists)),
        new Line("Из них с наставником", youngWithMentor + share(youngCoveragePercent())),
        new Line("Запросов без наставника", String.valueOf(requestsWithoutMentor)),
        new Line("Ожидание наставника, дней: в среднем / наибольшее",
            requestsWithoutMentor == 0 ? "—" : text(averageWaitingDays()) + " / " + waitingDaysMax),
        new Line("Встреч проведено из запланированных", meetingsHeld + " из " + meetingsPlanned + share(meetingsHeldPercent())),
        new Line("Обратная связь по встречам получена", feedbackGiven + " из " + feedbackDue + share(feedbackPercent())),
        new Line("Средняя удовлетворённость встречами (1–10)", text(averageSatisfaction())),
        new Line("Средний прирост по итогам входного и итогового анкетирования, баллов", text(averageGrowth())),
        new Line("Мероприятий дорожной карты со сроком в периоде", String.valueOf(roadmapDue)),
        new Line("Из них исполнено / не исполнено в срок", roadmapDone + " / " + roadmapOverdue),
        new Line("Показатели дорожной карты: план / факт", indicatorPlan + " / " + indicatorFact + share(indicatorPercent())));
  }

  private static String share(Integer percent) {
    return percent == null ? "" : " (" + percent + "%)";
  }

  private static String text(BigDecimal value) {
    return value == null ? "—" : value.toPlainString().replace('.', ',');
  }
}
