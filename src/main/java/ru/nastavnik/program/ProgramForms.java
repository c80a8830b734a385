package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormValues;

/**
 * Reads the forms of {@code MentoringProgramProcess} at the delegate edge: required texts, their
 * lengths, scores and decisions become typed values, and what is wrong is an error of its field,
 * so Tasklist shows it there. What depends on the program (its dates, its state) the service checks.
 */
final class ProgramForms {

  static final int MIN_MONTHS = 3;
  static final int MAX_MONTHS = 12;
  static final int MAX_TEXT = 4000;
  static final int MAX_COMMENT = 2000;

  private ProgramForms() {}

  /** The mentor's program. */
  static ProgramDraft draft(VariableScope scope) {
    String goals = FormValues.requiredText(GOALS.get(scope), GOALS.name(), "Опишите цели программы наставничества", MAX_TEXT);
    String tasks = FormValues.requiredText(TASKS.get(scope), TASKS.name(), "Перечислите задачи программы", MAX_TEXT);
    String results = FormValues.requiredText(PLANNED_RESULTS.get(scope), PLANNED_RESULTS.name(),
        "Опишите планируемые результаты", MAX_TEXT);
    return new ProgramDraft(goals, tasks, results, months(DURATION_MONTHS.get(scope)), ACQUAINTANCE_DATE.get(scope),
        TRIAL_DATE.get(scope), PLANNING_DATE.get(scope), WORKING_MEETINGS.get(scope), FINAL_DATE.get(scope));
  }

  /** The curator's comment on the program (required for a return, which the service checks). */
  static String reviewComment(VariableScope scope) {
    return FormValues.optionalText(REVIEW_COMMENT.get(scope), REVIEW_COMMENT.name(), MAX_COMMENT);
  }

  /** The meeting as the mentor records it: held with notes, or cancelled with a reason. */
  static MeetingReport meeting(VariableScope scope) {
    MeetingOutcome outcome = MeetingOutcome.parse(MEETING_OUTCOME.get(scope));
    if (outcome == MeetingOutcome.CANCELLED) {
      return new MeetingReport(outcome, null, null, FormValues.requiredText(CANCEL_REASON.get(scope), CANCEL_REASON.name(),
          "Укажите причину отмены встречи", MAX_COMMENT));
    }
    return new MeetingReport(outcome, HELD_ON.get(scope), FormValues.requiredText(MEETING_NOTES.get(scope),
        MEETING_NOTES.name(), "Кратко опишите, как прошла встреча и о чём договорились", MAX_TEXT), null);
  }

  /** The rating of a meeting by one side. */
  static int feedbackRating(VariableScope scope) {
    return Score.parse(FEEDBACK_RATING.get(scope), FEEDBACK_RATING.name(), "Оцените встречу по шкале от 1 до 10",
        "Оценка встречи");
  }

  static String feedbackComment(VariableScope scope) {
    return FormValues.requiredText(FEEDBACK_COMMENT.get(scope), FEEDBACK_COMMENT.name(),
        "Напишите комментарий: что было полезно, что изменить", MAX_COMMENT);
  }

  static String reflection(VariableScope scope) {
    return FormValues.requiredText(REFLECTION.get(scope), REFLECTION.name(),
        "Напишите рефлексию: что получилось, что нет, чему научились", MAX_TEXT);
  }

  static String report(VariableScope scope) {
    return FormValues.requiredText(REPORT.get(scope), REPORT.name(), "Напишите отчёт о реализации программы", MAX_TEXT);
  }

  /** The curator's assessment. */
  static AssessmentDraft assessment(VariableScope scope) {
    String assessment = FormValues.requiredText(ASSESSMENT.get(scope), ASSESSMENT.name(),
        "Опишите оценку реализации программы", MAX_TEXT);
    int rating = Score.parse(ASSESSMENT_RATING.get(scope), ASSESSMENT_RATING.name(),
        "Оцените реализацию программы по шкале от 1 до 10", "Оценка программы");
    FinalEventKind kind = FinalEventKind.parse(FINAL_EVENT_KIND.get(scope));
    return new AssessmentDraft(assessment, rating, kind, FINAL_EVENT_DATE.get(scope),
        FormValues.optionalText(FINAL_EVENT_NOTE.get(scope), FINAL_EVENT_NOTE.name(), 1000),
        flag(scope.getVariable(GOOD_PRACTICE.name())), flag(scope.getVariable(REWARD_PROPOSED.name())),
        FormValues.optionalText(REWARD_PROPOSAL.get(scope), REWARD_PROPOSAL.name(), MAX_COMMENT));
  }

  /** The director's comment on the reward (required for a refusal, which the service checks). */
  static String rewardComment(VariableScope scope) {
    return FormValues.optionalText(REWARD_COMMENT.get(scope), REWARD_COMMENT.name(), MAX_COMMENT);
  }

  private static int months(Object value) {
    String message = "Укажите срок программы — целое число месяцев от " + MIN_MONTHS + " до " + MAX_MONTHS;
    String field = DURATION_MONTHS.name();
    if (value == null || value.toString().isBlank()) {
      throw new BusinessRuleException(field, message);
    }
    double number;
    try {
      number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException(field, message);
    }
    if (number != Math.rint(number) || number < MIN_MONTHS || number > MAX_MONTHS) {
      throw new BusinessRuleException(field, message);
    }
    return (int) number;
  }

  private static boolean flag(Object value) {
    return value != null && ("true".equalsIgnoreCase(value.toString().trim()) || "on".equalsIgnoreCase(value.toString().trim()));
  }
}
