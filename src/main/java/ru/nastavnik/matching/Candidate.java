package ru.nastavnik.matching;

import java.util.Objects;

/**
 * A mentor who passes the hard rules for a request, with the score (0–100) and a short Russian
 * explanation the curator sees next to it.
 */
public record Candidate(MentorProfile mentor, int score, String explanation) {

  public Candidate {
    Objects.requireNonNull(mentor, "mentor");
    Objects.requireNonNull(explanation, "explanation");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("Оценка должна быть от 0 до 100: " + score);
    }
  }
}
