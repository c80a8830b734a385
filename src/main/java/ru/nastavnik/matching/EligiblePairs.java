package ru.nastavnik.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of a bank that pass the hard rules, with their scores: what both assignment
 * algorithms work on. Mentors and mentees are referred to by their index in the input lists.
 */
final class EligiblePairs {

  final List<MenteeProfile> mentees;
  final List<MentorProfile> mentors;
  /** For mentee i: indexes of the mentors it may take, ascending. */
  final int[][] mentorsOf;
  /** For mentee i: the score with mentor {@code mentorsOf[i][k]}. */
  final int[][] scoresOf;
  final int pairCount;

  private EligiblePairs(List<MenteeProfile> mentees, List<MentorProfile> mentors, int[][] mentorsOf,
      int[][] scoresOf, int pairCount) {
    this.mentees = mentees;
    this.mentors = mentors;
    this.mentorsOf = mentorsOf;
    this.scoresOf = scoresOf;
    this.pairCount = pairCount;
  }

  static EligiblePairs of(MentorMatcher matcher, List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    List<MenteeProfile> menteeList = List.copyOf(mentees);
    List<MentorProfile> mentorList = List.copyOf(mentors);
    requireUnique(menteeList, mentorList);
    List<Set<String>> mentorSubjects = new ArrayList<>(mentorList.size());
    for (MentorProfile mentor : mentorList) {
      mentorSubjects.add(Codes.subjects(mentor.subjects()));
    }
    int[][] mentorsOf = new int[menteeList.size()][];
    int[][] scoresOf = new int[menteeList.size()][];
    int[] indexes = new int[mentorList.size()];
    int[] scores = new int[mentorList.size()];
    int pairCount = 0;
    for (int i = 0; i < menteeList.size(); i++) {
      MenteeProfile mentee = menteeList.get(i);
      String menteeSubject = Codes.subject(mentee.subject());
      int count = 0;
      for (int j = 0; j < mentorList.size(); j++) {
        MentorProfile mentor = mentorList.get(j);
        if (matcher.eligible(mentee, mentor)) {
          indexes[count] = j;
          scores[count] = matcher.score(mentee, menteeSubject, mentor, mentorSubjects.get(j));
          count++;
        }
      }
      mentorsOf[i] = Arrays.copyOf(indexes, count);
      scoresOf[i] = Arrays.copyOf(scores, count);
      pairCount += count;
    }
    return new EligiblePairs(menteeList, mentorList, mentorsOf, scoresOf, pairCount);
  }

  /** Builds the result from the chosen mentor index of each mentee, -1 for none. */
  Assignment toAssignment(int[] chosenMentor, int[] chosenScore) {
    Map<Long, Long> mentorByRequest = new LinkedHashMap<>();
    List<Long> unassigned = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < mentees.size(); i++) {
      long requestId = mentees.get(i).requestId();
      if (chosenMentor[i] < 0) {
        unassigned.add(requestId);
      } else {
        mentorByRequest.put(requestId, mentors.get(chosenMentor[i]).personId());
        total += chosenScore[i];
      }
    }
    return new Assignment(mentorByRequest, total, unassigned);
  }

  private static void requireUnique(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    Set<Long> requests = new HashSet<>();
    for (MenteeProfile mentee : mentees) {
      if (!requests.add(mentee.requestId())) {
        throw new IllegalArgumentException("Запрос " + mentee.requestId() + " передан дважды");
      }
    }
    Set<Long> persons = new HashSet<>();
    for (MentorProfile mentor : mentors) {
      if (!persons.add(mentor.personId())) {
        throw new IllegalArgumentException("Наставник " + mentor.personId() + " передан дважды");
      }
    }
  }
}
