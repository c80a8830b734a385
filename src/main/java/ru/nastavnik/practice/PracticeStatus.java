package ru.nastavnik.practice;

/** Where an entry of the bank of successful practices stands. */
public enum PracticeStatus {
  PROPOSED("На рассмотрении координатора"),
  RETURNED("Возвращена куратору на доработку"),
  PUBLISHED("Опубликована в банке успешных практик"),
  REJECTED("Отклонена");

  private final String title;

  PracticeStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
