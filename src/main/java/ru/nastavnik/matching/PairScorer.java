package ru.nastavnik.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requests and mentors of one municipality encoded as bit sets and numbers, so that the score
 * of a pair costs a few machine instructions instead of set look-ups: a bank of 10,000 × 10,000
 * is scored in about a second. The arithmetic is {@link MentorMatcher#score(int, int, boolean,
 * boolean, double, double, boolean, boolean)}, so every score equals {@link MentorMatcher#score(
 * MenteeProfile, MentorProfile)}.
 *
 * <p>Mentors given here must be {@link MentorMatcher#available available} and of the requests'
 * municipality; the one hard rule left per pair is that nobody mentors themself ({@link #eligible}).
 */
final class PairScorer {

  private final MentorMatcher matcher;
  final int menteeCount;
  final int mentorCount;

  private final int competencyWords;
  private final int subjectWords;
  private final int formWords;

  private final long[] difficulties;
  private final int[] requested;
  private final int[] subjectBit;
  private final int[] formBit;
  private final long[] menteeOrganization;
  private final long[] menteePerson;
  private final int[] menteeExperience;

  private final long[] competencies;
  private final long[] subjects;
  private final long[] forms;
  private final long[] mentorOrganization;
  private final long[] mentorPerson;
  private final int[] mentorExperience;
  private final double[] freeShare;
  private final boolean[] trained;

  PairScorer(MentorMatcher matcher, List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    this.matcher = matcher;
    menteeCount = mentees.size();
    mentorCount = mentors.size();
    // Only what some request asks for can count: the vocabularies come from the requests.
    Map<String, Integer> competencyBits = new HashMap<>();
    Map<String, Integer> subjectBits = new HashMap<>();
    Map<String, Integer> formBits = new HashMap<>();
    for (MenteeProfile mentee : mentees) {
      mentee.difficulties().forEach(code -> competencyBits.putIfAbsent(code, competencyBits.size()));
      String subject = Codes.subject(mentee.subject());
      if (subject != null) {
        subjectBits.putIfAbsent(subject, subjectBits.size());
      }
      if (mentee.desiredForm() != null) {
        formBits.putIfAbsent(mentee.desiredForm(), formBits.size());
      }
    }
    competencyWords = words(competencyBits.size());
    subjectWords = words(subjectBits.size());
    formWords = words(formBits.size());

    difficulties = new long[menteeCount * competencyWords];
    requested = new int[menteeCount];
    subjectBit = new int[menteeCount];
    formBit = new int[menteeCount];
    menteeOrganization = new long[menteeCount];
    menteePerson = new long[menteeCount];
    menteeExperience = new int[menteeCount];
    for (int i = 0; i < menteeCount; i++) {
      MenteeProfile mentee = mentees.get(i);
      setBits(difficulties, i * competencyWords, mentee.difficulties(), competencyBits);
      requested[i] = mentee.difficulties().size();
      String subject = Codes.subject(mentee.subject());
      subjectBit[i] = subject == null ? -1 : subjectBits.get(subject);
      formBit[i] = mentee.desiredForm() == null ? -1 : formBits.get(mentee.desiredForm());
      menteeOrganization[i] = mentee.organizationId();
      menteePerson[i] = mentee.personId();
      menteeExperience[i] = MentorMatcher.experienceOf(mentee);
    }

    competencies = new long[mentorCount * competencyWords];
    subjects = new long[mentorCount * subjectWords];
    forms = new long[mentorCount * formWords];
    mentorOrganization = new long[mentorCount];
    mentorPerson = new long[mentorCount];
    mentorExperience = new int[mentorCount];
    freeShare = new double[mentorCount];
    trained = new boolean[mentorCount];
    for (int j = 0; j < mentorCount; j++) {
      MentorProfile mentor = mentors.get(j);
      setBits(competencies, j * competencyWords, mentor.competencies(), competencyBits);
      setBits(subjects, j * subjectWords, Codes.subjects(mentor.subjects()), subjectBits);
      setBits(forms, j * formWords, mentor.forms(), formBits);
      mentorOrganization[j] = mentor.organizationId();
      mentorPerson[j] = mentor.personId();
      mentorExperience[j] = mentor.experienceYears();
      freeShare[j] = MentorMatcher.freeShare(mentor);
      trained[j] = mentor.trainingCompleted();
    }
  }

  /** Whether request i may get mentor j: all other hard rules hold for every mentor given here. */
  boolean eligible(int i, int j) {
    return menteePerson[i] != mentorPerson[j];
  }

  /** The score of request i with mentor j, exactly as {@link MentorMatcher#score(MenteeProfile, MentorProfile)}. */
  int score(int i, int j) {
    int covered = 0;
    for (int w = 0, a = i * competencyWords, b = j * competencyWords; w < competencyWords; w++) {
      covered += Long.bitCount(difficulties[a + w] & competencies[b + w]);
    }
    int subject = subjectBit[i];
    boolean sameSubject = subject >= 0 && (subjects[j * subjectWords + (subject >>> 6)] & (1L << subject)) != 0;
    int form = formBit[i];
    boolean formOffered = form >= 0 && (forms[j * formWords + (form >>> 6)] & (1L << form)) != 0;
    return matcher.score(covered, requested[i], sameSubject, menteeOrganization[i] == mentorOrganization[j],
        freeShare[j], matcher.experienceShare(mentorExperience[j] - menteeExperience[i]), trained[j], formOffered);
  }

  private static int words(int bits) {
    return (bits + 63) >>> 6;
  }

  private static void setBits(long[] target, int offset, Set<String> values, Map<String, Integer> bits) {
    for (String value : values) {
      Integer bit = bits.get(value);
      if (bit != null) {
        target[offset + (bit >>> 6)] |= 1L << bit;
      }
    }
  }
}
