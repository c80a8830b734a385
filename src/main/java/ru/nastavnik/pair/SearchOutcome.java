package ru.nastavnik.pair;

/** What one search for a mentor found: the routing flags of the pair formation process. */
public record SearchOutcome(int candidates, boolean academicYearOver, boolean supportRecorded) {
  public boolean found() {
    return candidates > 0;
  }
}
