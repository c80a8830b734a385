package ru.nastavnik.mentor;

import ru.nastavnik.system.BusinessRuleException;

/** Training of mentors (обучение наставников), kept up to date by the curator. */
public enum TrainingStatus {
  NOT_STARTED("Не обучен"),
  IN_PROGRESS("Проходит обучение"),
  COMPLETED("Обучение пройдено");

  private final String title;

  TrainingStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  /** The status chosen in a form; anything else is an error of the field {@code trainingStatus}. */
  public static TrainingStatus parse(String value) {
    try {
      return valueOf(value.trim());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessRuleException(MentorEnrollmentProcess.TRAINING_STATUS.name(), "Неизвестный статус обучения «" + value + "»");
    }
  }
}
