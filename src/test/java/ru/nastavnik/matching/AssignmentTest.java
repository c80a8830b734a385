package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static ru.nastavnik.matching.Profiles.mentor;
import static ru.nastavnik.matching.Profiles.request;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Assigning a whole bank of requests: the optimal assignment against the greedy baseline. */
class AssignmentTest {

  private final MentorMatcher matcher = new MentorMatcher();
  private final OptimalAssignment optimal = new OptimalAssignment(matcher);
  private final GreedyAssignment greedy = new GreedyAssignment(matcher);

  @Test
  void greedyLeavesAMenteeWithoutAMentorWhereTheOptimalAssignmentServesBoth() {
    // Иванова is the only one who knows inclusive education, and she has one place left.
    MentorProfile ivanova = mentor(201, "Иванова Мария Петровна")
        .competencies("ASSESSMENT", "DIGITAL_TOOLS", "INCLUSIVE_EDUCATION")
        .subjects("Математика")
        .experience(20)
        .load(0, 1)
        .untrained()
        .build();
    MentorProfile smirnov = mentor(202, "Смирнов Олег Викторович")
        .gymnasium()
        .competencies("ASSESSMENT", "DIGITAL_TOOLS")
        .subjects("Информатика")
        .experience(9)
        .load(0, 2)
        .forms("TRADITIONAL", "GROUP")
        .build();
    MenteeProfile petrova = request(1, 301)
        .difficulties("ASSESSMENT", "DIGITAL_TOOLS")
        .subject("математика")
        .experience(1)
        .form("GROUP")
        .build();
    // Смирнов mentors others in digital tools but himself asks for help with pupils with disabilities.
    MenteeProfile smirnovAsMentee = request(2, 202)
        .gymnasium()
        .difficulties("INCLUSIVE_EDUCATION")
        .subject("информатика")
        .experience(9)
        .build();
    assertThat(matcher.score(petrova, ivanova)).isEqualTo(90);
    assertThat(matcher.score(petrova, smirnov)).isEqualTo(75);
    assertThat(matcher.score(smirnovAsMentee, ivanova)).isEqualTo(70);
    assertThat(matcher.exclusionReason(smirnovAsMentee, smirnov)).contains("это сам наставляемый");
    List<MenteeProfile> bank = List.of(petrova, smirnovAsMentee);
    List<MentorProfile> mentors = List.of(ivanova, smirnov);

    Assignment naive = greedy.assign(bank, mentors);
    Assignment best = optimal.assign(bank, mentors);

    assertThat(naive.totalScore()).isEqualTo(90);
    assertThat(naive.mentorByRequest()).containsExactly(entry(1L, 201L));
    assertThat(naive.unassignedRequests()).containsExactly(2L);
    assertThat(best.totalScore()).isEqualTo(75 + 70);
    assertThat(best.mentorByRequest()).containsExactly(entry(1L, 202L), entry(2L, 201L));
    assertThat(best.unassignedRequests()).isEmpty();
  }

  @Test
  void aMentorWithTwoPlacesTakesTwoMenteesAndTheThirdIsReportedUnassigned() {
    MentorProfile ivanova = mentor(201, "Иванова Мария Петровна").competencies("ASSESSMENT").load(0, 2).build();
    List<MenteeProfile> bank = List.of(
        request(1, 301).difficulties("ASSESSMENT").build(),
        request(2, 302).difficulties("ASSESSMENT").build(),
        request(3, 303).difficulties("ASSESSMENT").build());

    for (Assignment assignment : List.of(optimal.assign(bank, List.of(ivanova)), greedy.assign(bank, List.of(ivanova)))) {
      assertThat(assignment.mentorByRequest()).hasSize(2).containsValues(201L);
      assertThat(assignment.unassignedRequests()).hasSize(1);
    }
  }

  @Test
  void onlyTheFreePlacesOfAMentorAreFilled() {
    MentorProfile busy = mentor(201, "Иванова Мария Петровна").competencies("ASSESSMENT").load(2, 3).build();
    List<MenteeProfile> bank = List.of(
        request(1, 301).difficulties("ASSESSMENT").build(),
        request(2, 302).difficulties("ASSESSMENT").build());

    Assignment assignment = optimal.assign(bank, List.of(busy));

    assertThat(assignment.mentorByRequest()).hasSize(1);
    assertThat(assignment.unassignedRequests()).hasSize(1);
  }

  @Test
  void pairsFailingAHardRuleAreNeverFormed() {
    List<MentorProfile> mentors = List.of(
        mentor(201, "Лебедева Ольга Юрьевна").competencies("ASSESSMENT").notApproved().build(),
        mentor(202, "Попов Андрей Николаевич").competencies("ASSESSMENT").municipality(11).build(),
        mentor(203, "Новикова Ирина Павловна").competencies("ASSESSMENT").load(1, 1).build(),
        mentor(301, "Петрова Анна Сергеевна").competencies("ASSESSMENT").build());
    List<MenteeProfile> bank = List.of(request(1, 301).difficulties("ASSESSMENT").build());

    assertThat(optimal.assign(bank, mentors).unassignedRequests()).containsExactly(1L);
    assertThat(greedy.assign(bank, mentors).unassignedRequests()).containsExactly(1L);
  }

  @Test
  void anEligibleMenteeIsAssignedEvenWhenThePairScoresZero() {
    MentorMatcher subjectOnly = new MentorMatcher(new ScoringWeights(0, 15, 0, 0, 0, 0, 0, 5));
    MentorProfile chemist = mentor(201, "Орлова Ксения Андреевна").subjects("Химия").build();
    List<MenteeProfile> bank = List.of(request(1, 301).subject("Физика").build());

    Assignment assignment = new OptimalAssignment(subjectOnly).assign(bank, List.of(chemist));

    assertThat(assignment.totalScore()).isZero();
    assertThat(assignment.mentorByRequest()).containsExactly(entry(1L, 201L));
  }

  @Test
  void requestsKeepTheirInputOrderInTheResult() {
    MentorProfile ivanova = mentor(201, "Иванова Мария Петровна").competencies("ASSESSMENT").load(0, 5).build();
    List<MenteeProfile> bank = List.of(
        request(30, 303).difficulties("ASSESSMENT").build(),
        request(10, 301).difficulties("ASSESSMENT").build(),
        request(20, 302).difficulties("ASSESSMENT").build());

    assertThat(optimal.assign(bank, List.of(ivanova)).mentorByRequest().keySet()).containsExactly(30L, 10L, 20L);
  }

  @Test
  void emptyInputsGiveAnEmptyAssignment() {
    MentorProfile ivanova = mentor(201, "Иванова Мария Петровна").build();
    List<MenteeProfile> bank = List.of(request(1, 301).build(), request(2, 302).build());

    Assignment noRequests = optimal.assign(List.of(), List.of(ivanova));
    Assignment noMentors = optimal.assign(bank, List.of());
    Assignment nothing = greedy.assign(List.of(), List.of());

    assertThat(noRequests.mentorByRequest()).isEmpty();
    assertThat(noRequests.totalScore()).isZero();
    assertThat(noRequests.unassignedRequests()).isEmpty();
    assertThat(noMentors.mentorByRequest()).isEmpty();
    assertThat(noMentors.unassignedRequests()).containsExactly(1L, 2L);
    assertThat(nothing.mentorByRequest()).isEmpty();
  }

  @Test
  void aRepeatedRequestOrMentorIsRejected() {
    MentorProfile ivanova = mentor(201, "Иванова Мария Петровна").build();
    MenteeProfile petrova = request(1, 301).build();

    assertThatThrownBy(() -> optimal.assign(List.of(petrova, petrova), List.of(ivanova)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Запрос 1 передан дважды");
    assertThatThrownBy(() -> greedy.assign(List.of(petrova), List.of(ivanova, ivanova)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Наставник 201 передан дважды");
  }
}
