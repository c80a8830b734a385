package ru.nastavnik.mentor;

/** Where a mentor's questionnaire stands. */
public enum MentorStatus {
  SUBMITTED("На рассмотрении"),
  APPROVED("В банке наставников"),
  DECLINED("Отклонена"),
  /** Out of the bank because the mentor withdrew the consent to the processing of personal data, or was deleted. */
  WITHDRAWN("Выбыл: данные наставника обезличены");

  private final String title;

  MentorStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
