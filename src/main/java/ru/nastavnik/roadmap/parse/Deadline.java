package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline cell read into dates. {@code text} is the phrase as written (whitespace collapsed);
 * {@code start} is set for {@link DeadlineKind#RANGE} and {@link DeadlineKind#CONTINUOUS};
 * {@code dueDates} are sorted and empty for {@link DeadlineKind#ON_DEMAND} and
 * {@link DeadlineKind#UNKNOWN}.
 */
public record Deadline(String text, DeadlineKind kind, LocalDate start, List<LocalDate> dueDates) {

  public Deadline {
    dueDates = List.copyOf(dueDates);
  }
}
