package ru.nastavnik.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bank of requests and mentors as both assignment algorithms see it: split by municipality,
 * because no pair crosses one (each part is solved on its own), with the mentors who fail a
 * hard rule of their own left out. Requests and mentors are referred to by their index in the
 * input lists.
 */
final class Bank {

  final List<MenteeProfile> mentees;
  final List<MentorProfile> mentors;

  private Bank(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    this.mentees = mentees;
    this.mentors = mentors;
  }

  /** @throws IllegalArgumentException if a request id or a mentor's person id repeats */
  static Bank of(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    Bank bank = new Bank(List.copyOf(mentees), List.copyOf(mentors));
    bank.requireUnique();
    return bank;
  }

  /**
   * The municipalities that have both requests and available mentors, in the order their first
   * request comes; requests of other municipalities can get nobody.
   */
  List<Part> parts(MentorMatcher matcher) {
    Map<Long, List<Integer>> menteesByMunicipality = new LinkedHashMap<>();
    for (int i = 0; i < mentees.size(); i++) {
      menteesByMunicipality.computeIfAbsent(mentees.get(i).municipalityId(), key -> new ArrayList<>()).add(i);
    }
    Map<Long, List<Integer>> mentorsByMunicipality = new LinkedHashMap<>();
    for (int j = 0; j < mentors.size(); j++) {
      MentorProfile mentor = mentors.get(j);
      if (MentorMatcher.available(mentor) && menteesByMunicipality.containsKey(mentor.municipalityId())) {
        mentorsByMunicipality.computeIfAbsent(mentor.municipalityId(), key -> new ArrayList<>()).add(j);
      }
    }
    List<Part> parts = new ArrayList<>();
    menteesByMunicipality.forEach((municipality, menteeIndexes) -> {
      List<Integer> mentorIndexes = mentorsByMunicipality.get(municipality);
      if (mentorIndexes != null) {
        int[] menteeIds = menteeIndexes.stream().mapToInt(Integer::intValue).toArray();
        int[] mentorIds = mentorIndexes.stream().mapToInt(Integer::intValue).toArray();
        List<MenteeProfile> partMentees = menteeIndexes.stream().map(mentees::get).toList();
        List<MentorProfile> partMentors = mentorIndexes.stream().map(mentors::get).toList();
        parts.add(new Part(menteeIds, mentorIds, partMentors, new PairScorer(matcher, partMentees, partMentors)));
      }
    });
    return parts;
  }

  /** Builds the result from the chosen mentor index of each request, -1 for none. */
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

  private void requireUnique() {
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

  /**
   * The requests and available mentors of one municipality: local index i is request
   * {@code mentees[i]} of the bank, local index j is mentor {@code mentors[j]}.
   */
  record Part(int[] mentees, int[] mentors, List<MentorProfile> mentorProfiles, PairScorer scorer) {}
}
