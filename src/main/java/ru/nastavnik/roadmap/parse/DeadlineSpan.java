package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;

/** A resolved span, or the reason it could not be resolved. */
final class DeadlineSpan {
  final DeadlinePoint from;
  final DeadlinePoint to;
  final LocalDate start;
  final LocalDate end;
  String reason;

  DeadlineSpan(DeadlinePoint from, DeadlinePoint to, LocalDate start, LocalDate end) {
    this.from = from;
    this.to = to;
    this.start = start;
    this.end = end;
  }

  static DeadlineSpan invalid(String reason) {
    DeadlineSpan s = new DeadlineSpan(null, null, null, null);
    s.reason = reason;
    return s;
  }

  boolean valid() {
    return reason == null;
  }
}
