package ru.nastavnik.person;

/** Category of a teacher as the mentoring model distinguishes them. */
public enum PersonCategory {
  YOUNG_SPECIALIST("Молодой специалист (стаж до 3 лет)"),
  NEW_EMPLOYEE("Новый сотрудник"),
  CHANGING_ROLE("Сотрудник, меняющий должность или роль"),
  EXPERIENCED("Опытный педагог"),
  STUDENT("Обучающийся");

  /** Up to this many years of experience a teacher counts as a young specialist. */
  public static final int YOUNG_SPECIALIST_MAX_YEARS = 3;

  private final String title;

  PersonCategory(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
