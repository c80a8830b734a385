package ru.nastavnik.request;

/** Where a request stands in the curator's review. */
public enum RequestStatus {
  SUBMITTED("На рассмотрении"),
  CLARIFICATION("Возвращён на уточнение"),
  ACCEPTED("Принят в банк наставляемых"),
  REJECTED("Отклонён"),
  /** Closed because the mentee withdrew the consent to the processing of personal data, or was deleted. */
  WITHDRAWN("Закрыт: данные наставляемого обезличены");

  private final String title;

  RequestStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isOpen() {
    return this != REJECTED && this != WITHDRAWN;
  }
}
