package ru.nastavnik.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a request stands: the curator's review, then the pair that serves it. */
public enum RequestStatus {
  SUBMITTED("На рассмотрении"),
  CLARIFICATION("Возвращён на уточнение"),
  ACCEPTED("Принят в банк наставляемых"),
  /** The director's order fixed a pair for the request. */
  IN_PAIR("В паре: закреплён приказом"),
  /** The pair completed its program. */
  COMPLETED("Завершён: программа наставничества выполнена"),
  /** The curator ended the pair early; the mentee is back in the bank and a mentor is searched again. */
  ENDED_EARLY("Пара завершена досрочно; в банке наставляемых, поиск наставника заново"),
  REJECTED("Отклонён"),
  /** Closed because the mentee withdrew the consent to the processing of personal data, or was deleted. */
  WITHDRAWN("Закрыт: данные наставляемого обезличены");

  /**
   * Requests accepted into the bank of mentees, whatever became of them since: what «принят в
   * банк наставляемых» meant before requests followed their pairs. Counts of the bank use these.
   */
  public static final Set<RequestStatus> IN_BANK = Collections.unmodifiableSet(EnumSet.of(ACCEPTED, IN_PAIR, COMPLETED, ENDED_EARLY));

  /** Requests a mentor may be searched and proposed for. */
  public static final Set<RequestStatus> AWAITING_MENTOR = Collections.unmodifiableSet(EnumSet.of(ACCEPTED, ENDED_EARLY));

  /**
   * Requests that close as {@link #WITHDRAWN} when the mentee's personal data is erased: all but the
   * rejected and the already withdrawn ones, completed ones included.
   */
  public static final Set<RequestStatus> WITHDRAWABLE = Collections.unmodifiableSet(
      EnumSet.of(SUBMITTED, CLARIFICATION, ACCEPTED, IN_PAIR, COMPLETED, ENDED_EARLY));

  /** The statuses a request takes from its pair. */
  static final Set<RequestStatus> FROM_PAIR = EnumSet.of(IN_PAIR, COMPLETED, ENDED_EARLY);

  private final String title;

  RequestStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isOpen() {
    return this != REJECTED && this != WITHDRAWN && this != COMPLETED;
  }

  /** The names of {@link #IN_BANK}, for SQL parameters. */
  public static List<String> inBankNames() {
    return IN_BANK.stream().map(Enum::name).toList();
  }
}
