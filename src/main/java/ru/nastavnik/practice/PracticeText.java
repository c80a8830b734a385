package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import ru.nastavnik.system.FormValues;

/**
 * The title and the description of a practice as the review and revision forms submit them,
 * checked at the delegate edge: both required, within the lengths of {@link Practice}.
 */
public record PracticeText(String title, String description) {

  static PracticeText read(VariableScope scope) {
    return new PracticeText(FormValues.requiredText(TITLE.get(scope), TITLE.name(), "Укажите название практики",
        Practice.MAX_TITLE), FormValues.requiredText(DESCRIPTION.get(scope), DESCRIPTION.name(),
        "Опишите практику: что сделано и каких результатов достигла пара", Practice.MAX_DESCRIPTION));
  }

  /** The coordinator's optional comment. */
  static String comment(VariableScope scope) {
    return FormValues.optionalText(REVIEW_COMMENT.get(scope), REVIEW_COMMENT.name(), Practice.MAX_COMMENT);
  }
}
