package ru.nastavnik.mentor;

/** Where a mentor's questionnaire stands. */
public enum MentorStatus {
  SUBMITTED("На рассмотрении"),
  APPROVED("В банке наставников"),
  DECLINED("Отклонена");

  private final String title;

  MentorStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
