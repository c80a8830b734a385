package ru.nastavnik.mentor;

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
}
