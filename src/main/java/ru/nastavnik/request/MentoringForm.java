package ru.nastavnik.request;

/** Forms of mentoring named by the target model (for teachers and for students). */
public enum MentoringForm {
  TRADITIONAL("Традиционная (один на один)"),
  GROUP("Групповая"),
  VIRTUAL("Виртуальная (дистанционная)"),
  SHORT_TERM("Краткосрочная (целеполагающая)"),
  REVERSE("Реверсивная"),
  SITUATIONAL("Ситуационная"),
  SPEED("Скоростная"),
  DIRECTOR_TEACHER("«Руководитель ОО – учитель»"),
  STUDENT_STUDENT("«Ученик – ученик»"),
  TEACHER_TEACHER("«Учитель – учитель»"),
  UNDERGRADUATE_PUPIL("«Студент – ученик»"),
  EMPLOYER_PUPIL("«Работодатель – ученик»"),
  EMPLOYER_UNDERGRADUATE("«Работодатель – студент»");

  private final String title;

  MentoringForm(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
