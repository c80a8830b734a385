package ru.nastavnik.request;

/** Where a request stands in the curator's review. */
public enum RequestStatus {
  SUBMITTED("На рассмотрении"),
  CLARIFICATION("Возвращён на уточнение"),
  ACCEPTED("Принят в банк наставляемых"),
  REJECTED("Отклонён");

  private final String title;

  RequestStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isOpen() {
    return this != REJECTED;
  }
}
