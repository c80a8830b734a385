package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.matching.Profiles.mentor;
import static ru.nastavnik.matching.Profiles.request;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hard rules, the score and its explanation for one request. */
class MentorMatcherTest {

  private final MentorMatcher matcher = new MentorMatcher();

  /** Анна Петрова, a young mathematics teacher of school № 5, struggles with assessment and digital tools. */
  private final MenteeProfile petrova = request(1, 301)
      .difficulties("ASSESSMENT", "DIGITAL_TOOLS")
      .subject("Математика")
      .experience(1)
      .build();

  private final MentorProfile ivanova = mentor(201, "Иванова Мария Петровна")
      .competencies("ASSESSMENT", "DIGITAL_TOOLS", "LESSON_PLANNING")
      .subjects("математика")
      .experience(18)
      .load(1, 2)
      .build();

  @Test
  void aMentorPassingEveryHardRuleHasNoExclusionReason() {
    assertThat(matcher.exclusionReason(petrova, ivanova)).isEmpty();
  }

  @Test
  void theMenteeCannotMentorThemself() {
    MentorProfile self = mentor(301, "Петрова Анна Сергеевна").competencies("ASSESSMENT").build();

    assertThat(matcher.exclusionReason(petrova, self)).contains("это сам наставляемый");
  }

  @Test
  void aMentorOfAnotherMunicipalityIsExcluded() {
    MentorProfile elsewhere = mentor(202, "Попов Андрей Николаевич").municipality(11).build();

    assertThat(matcher.exclusionReason(petrova, elsewhere)).contains("другой муниципалитет");
  }

  @Test
  void aMentorNotApprovedByTheCuratorIsExcluded() {
    MentorProfile candidate = mentor(203, "Лебедева Ольга Юрьевна").notApproved().build();

    assertThat(matcher.exclusionReason(petrova, candidate)).contains("наставник не одобрен куратором");
  }

  @Test
  void aMentorWithoutPersonalDataConsentIsExcluded() {
    MentorProfile candidate = mentor(204, "Соколова Наталья Викторовна").withoutPersonalDataConsent().build();

    assertThat(matcher.exclusionReason(petrova, candidate))
        .contains("нет согласия на обработку персональных данных");
  }

  @Test
  void aMentorWithoutConsentToTheMentorsDutiesIsExcluded() {
    MentorProfile candidate = mentor(205, "Козлов Дмитрий Алексеевич").withoutMentoringConsent().build();

    assertThat(matcher.exclusionReason(petrova, candidate))
        .contains("нет согласия на выполнение обязанностей наставника");
  }

  @Test
  void aMentorWithoutFreePlacesIsExcludedWithTheLoadInTheReason() {
    MentorProfile full = mentor(206, "Новикова Ирина Павловна").load(2, 2).build();
    MentorProfile overCommitted = mentor(207, "Морозов Сергей Иванович").load(3, 2).build();

    assertThat(matcher.exclusionReason(petrova, full)).contains("нет свободных мест (2 из 2)");
    assertThat(matcher.exclusionReason(petrova, overCommitted)).contains("нет свободных мест (3 из 2)");
  }

  @Test
  void rankingLeavesOutExcludedMentorsAndPutsTheBestFitFirst() {
    MentorProfile smirnov = mentor(208, "Смирнов Олег Викторович")
        .gymnasium()
        .competencies("ASSESSMENT", "DIGITAL_TOOLS")
        .subjects("Математика", "Информатика")
        .experience(12)
        .load(0, 3)
        .build();
    MentorProfile kuznetsova = mentor(209, "Кузнецова Елена Ивановна")
        .competencies("ASSESSMENT", "CLASS_TEACHER")
        .subjects("Физика")
        .experience(25)
        .load(0, 1)
        .build();
    MentorProfile sokolova = mentor(204, "Соколова Наталья Викторовна")
        .competencies("ASSESSMENT", "DIGITAL_TOOLS")
        .subjects("математика")
        .withoutPersonalDataConsent()
        .build();
    MentorProfile popov = mentor(202, "Попов Андрей Николаевич")
        .competencies("ASSESSMENT", "DIGITAL_TOOLS")
        .subjects("математика")
        .municipality(11)
        .build();

    List<Candidate> ranking = matcher.rank(petrova, List.of(kuznetsova, sokolova, smirnov, popov, ivanova));

    assertThat(ranking).extracting(candidate -> candidate.mentor().fullName())
        .containsExactly("Иванова Мария Петровна", "Смирнов Олег Викторович", "Кузнецова Елена Ивановна");
    assertThat(ranking).extracting(Candidate::score).containsExactly(98, 90, 60);
  }

  @Test
  void equalScoresPreferTheLessLoadedMentorThenTheLowerPersonId() {
    MentorMatcher ignoringLoad = new MentorMatcher(new ScoringWeights(50, 15, 10, 0, 10, 5, 5, 5));
    MentorProfile busy = mentor(210, "Васильева Татьяна Олеговна").competencies("ASSESSMENT").load(2, 4).build();
    MentorProfile free = mentor(212, "Фёдорова Светлана Игоревна").competencies("ASSESSMENT").load(0, 4).build();
    MentorProfile alsoFree = mentor(211, "Михайлова Анна Дмитриевна").competencies("ASSESSMENT").load(0, 1).build();

    List<Candidate> ranking = ignoringLoad.rank(petrova, List.of(busy, free, alsoFree));

    assertThat(ranking).extracting(Candidate::score).containsOnly(ranking.get(0).score());
    assertThat(ranking).extracting(candidate -> candidate.mentor().personId()).containsExactly(211L, 212L, 210L);
  }

  @Test
  void theExplanationNamesEveryCriterionInPlainRussian() {
    MenteeProfile mentee = request(2, 302)
        .difficulties("ASSESSMENT", "DIGITAL_TOOLS", "CLASSROOM_DISCIPLINE", "WORKING_WITH_PARENTS")
        .subject("Математика")
        .experience(1)
        .form("GROUP")
        .build();
    MentorProfile networkMentor = mentor(208, "Смирнов Олег Викторович")
        .gymnasium()
        .competencies("ASSESSMENT", "DIGITAL_TOOLS", "CLASSROOM_DISCIPLINE", "LESSON_PLANNING")
        .subjects("математика")
        .experience(18)
        .load(1, 2)
        .forms("TRADITIONAL", "GROUP")
        .build();

    List<Candidate> ranking = matcher.rank(mentee, List.of(networkMentor));

    assertThat(ranking).singleElement().satisfies(candidate -> {
      // 50·3/4 + 15 + 0 + 5·1/2 + 10 + 5 + 5 = 75
      assertThat(candidate.score()).isEqualTo(75);
      assertThat(candidate.explanation()).isEqualTo("совпадение компетенций 3 из 4, тот же предмет, "
          + "другая организация муниципалитета (сетевое наставничество), нагрузка 1 из 2, стаж 18 лет, "
          + "обучение наставников пройдено, форма: групповая подходит");
    });
  }

  @Test
  void theExplanationTellsWhatDoesNotFit() {
    MenteeProfile mentee = request(3, 303)
        .difficulties("INCLUSIVE_EDUCATION")
        .subject("Физика")
        .experience(2)
        .form("VIRTUAL")
        .build();
    MentorProfile young = mentor(213, "Орлова Ксения Андреевна")
        .competencies("DIGITAL_TOOLS")
        .subjects("Химия")
        .experience(4)
        .load(0, 1)
        .untrained()
        .build();

    assertThat(matcher.explanation(mentee, young)).isEqualTo("совпадение компетенций 0 из 1, другой предмет, "
        + "нагрузка 0 из 1, стаж 4 года, на 2 года больше, чем у наставляемого, "
        + "обучение наставников не пройдено, форма: виртуальная не предлагается");
    // 0 + 0 + 10 + 5 + 10·2/5 + 0 + 0 = 19
    assertThat(matcher.score(mentee, young)).isEqualTo(19);
  }

  @Test
  void aMentorNoMoreExperiencedThanTheMenteeEarnsNothingForExperience() {
    MenteeProfile experienced = request(4, 304).difficulties("CERTIFICATION").experience(21).form(null).build();
    MentorProfile peer = mentor(214, "Егорова Валентина Петровна").competencies("CERTIFICATION").experience(21).build();

    assertThat(matcher.explanation(experienced, peer)).isEqualTo(
        "совпадение компетенций 1 из 1, нагрузка 0 из 2, стаж 21 год, не больше, чем у наставляемого, "
            + "обучение наставников пройдено");
    // 50 + 10 + 5 + 5, no subject and no form asked
    assertThat(matcher.score(experienced, peer)).isEqualTo(70);
  }

  @Test
  void subjectsAreComparedIgnoringCaseSpacesAndTheLetterYo() {
    MenteeProfile accountant = request(5, 305).difficulties("SUBJECT_METHODS").subject("  Бухгалтерский  учёт ").build();
    MentorProfile teacher = mentor(215, "Зайцева Галина Михайловна")
        .competencies("SUBJECT_METHODS")
        .subjects("бухгалтерский учет")
        .build();

    assertThat(matcher.explanation(accountant, teacher)).contains("тот же предмет");
  }

  @Test
  void codesAreComparedIgnoringCaseAndSpaces() {
    MenteeProfile mentee = request(6, 306).difficulties(" assessment ").form("group").build();
    MentorProfile teacher = mentor(216, "Белова Марина Сергеевна").competencies("ASSESSMENT").forms("GROUP").build();

    assertThat(matcher.explanation(mentee, teacher))
        .startsWith("совпадение компетенций 1 из 1")
        .endsWith("форма: групповая подходит");
  }

  @Test
  void aRequestWithoutDifficultiesSaysSo() {
    MenteeProfile vague = request(7, 307).build();

    assertThat(matcher.explanation(vague, ivanova)).startsWith("затруднения не указаны, ");
  }

  @Test
  void scoresStayWithinZeroToHundredWhateverTheWeights() {
    MentorMatcher heavy = new MentorMatcher(new ScoringWeights(500, 1, 1, 1, 1, 1, 1, 1));
    MentorProfile perfect = mentor(217, "Григорьева Вера Николаевна")
        .competencies("ASSESSMENT", "DIGITAL_TOOLS")
        .subjects("Математика")
        .experience(30)
        .load(0, 3)
        .build();

    assertThat(heavy.score(petrova, perfect)).isEqualTo(100);
    assertThat(heavy.score(request(8, 308).difficulties("CERTIFICATION").experience(40).form("VIRTUAL").build(),
        mentor(218, "Тихонов Игорь Львович").gymnasium().load(0, 1).untrained().build())).isZero();
  }

  @Test
  void negativeOrAllZeroWeightsAreRejected() {
    assertThatThrownBy(() -> new ScoringWeights(-1, 15, 10, 5, 10, 5, 5, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoringWeights(0, 0, 0, 0, 0, 0, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
