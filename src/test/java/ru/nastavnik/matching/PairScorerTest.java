package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bulk scoring of a bank gives, pair by pair, exactly the score the curator sees. */
class PairScorerTest {

  @Test
  void everyPairScoresAsTheMatcherScoresItWithDefaultAndOddWeights() {
    Random random = new Random(42L);
    for (MentorMatcher matcher : List.of(new MentorMatcher(),
        new MentorMatcher(new ScoringWeights(37, 11, 3, 7, 13, 2, 9, 7)),
        new MentorMatcher(new ScoringWeights(0, 1, 0, 0, 0, 0, 0, 1)))) {
      // More than 64 codes and subjects: the bit sets take several words.
      List<String> codes = codes("CODE_", 90);
      List<String> subjects = new ArrayList<>(codes("Предмет ", 70));
      subjects.addAll(List.of("Математика", "математика ", "Русский  язык", "русский язык", "Физика", "Ёлочная физика"));
      List<String> forms = List.of("TRADITIONAL", "GROUP", "VIRTUAL", "SPEED");
      List<MentorProfile> mentors = new ArrayList<>();
      for (int j = 0; j < 60; j++) {
        int capacity = random.nextInt(4);
        mentors.add(new MentorProfile(1 + j, "Наставник " + j, 1 + random.nextInt(3), "ОО", 1,
            some(random, codes, 8), some(random, subjects, 3), random.nextInt(40), capacity, random.nextInt(capacity + 1),
            true, true, true, random.nextBoolean(), some(random, forms, 2)));
      }
      List<MenteeProfile> mentees = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        mentees.add(new MenteeProfile(1 + i, 1000 + i, 1 + random.nextInt(3), 1, some(random, codes, 5),
            random.nextInt(6) == 0 ? null : subjects.get(random.nextInt(subjects.size())),
            random.nextInt(6) == 0 ? null : random.nextInt(12),
            random.nextInt(6) == 0 ? null : forms.get(random.nextInt(forms.size()))));
      }

      PairScorer scorer = new PairScorer(matcher, mentees, mentors);

      for (int i = 0; i < mentees.size(); i++) {
        for (int j = 0; j < mentors.size(); j++) {
          assertThat(scorer.score(i, j)).as("request %d, mentor %d", i, j)
              .isEqualTo(matcher.score(mentees.get(i), mentors.get(j)));
        }
      }
    }
  }

  @Test
  void aMentorIsNeverEligibleForTheirOwnRequest() {
    MentorProfile mentor = Profiles.mentor(201, "Смирнов Олег Викторович").build();
    MenteeProfile own = Profiles.request(1, 201).build();
    MenteeProfile other = Profiles.request(2, 301).build();

    PairScorer scorer = new PairScorer(new MentorMatcher(), List.of(own, other), List.of(mentor));

    assertThat(scorer.eligible(0, 0)).isFalse();
    assertThat(scorer.eligible(1, 0)).isTrue();
  }

  private static List<String> codes(String prefix, int count) {
    List<String> codes = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      codes.add(prefix + k);
    }
    return codes;
  }

  private static Set<String> some(Random random, List<String> values, int max) {
    Set<String> result = new HashSet<>();
    int count = random.nextInt(max + 1);
    for (int k = 0; k < count; k++) {
      result.add(values.get(random.nextInt(values.size())));
    }
    return result;
  }
}
