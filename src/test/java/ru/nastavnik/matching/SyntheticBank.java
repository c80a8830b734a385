package ru.nastavnik.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic municipality for the benchmark and the randomized tests: mentors with 2–6 of the
 * 14 catalogue competencies, one or two of 15 subjects, 1–3 places (some already taken), most of
 * them approved and with both consents, 3 % in a neighbouring municipality; requests with 1–4
 * difficulties, a subject and a desired form, 3 % of them filed by mentors themselves.
 */
final class SyntheticBank {

  static final long MUNICIPALITY = 1;

  private static final List<String> COMPETENCIES = List.of("LESSON_PLANNING", "CLASSROOM_DISCIPLINE",
      "WORKING_WITH_PARENTS", "ASSESSMENT", "DIGITAL_TOOLS", "INCLUSIVE_EDUCATION", "CERTIFICATION",
      "SUBJECT_METHODS", "FGOS_PROGRAMS", "CLASS_TEACHER", "GIFTED_CHILDREN", "PROJECT_RESEARCH",
      "DOCUMENTATION", "ADAPTATION");
  private static final List<String> SUBJECTS = List.of("Математика", "Русский язык", "Литература",
      "Английский язык", "История", "Обществознание", "Физика", "Химия", "Биология", "География",
      "Информатика", "Начальные классы", "Физическая культура", "Музыка", "Изобразительное искусство");
  private static final List<String> FORMS = List.of("TRADITIONAL", "GROUP", "VIRTUAL", "SHORT_TERM", "SITUATIONAL");

  final List<MentorProfile> mentors;
  final List<MenteeProfile> mentees;

  private SyntheticBank(List<MentorProfile> mentors, List<MenteeProfile> mentees) {
    this.mentors = mentors;
    this.mentees = mentees;
  }

  static SyntheticBank generate(long seed, int requests, int mentorCount, int organizations) {
    Random random = new Random(seed);
    List<MentorProfile> mentors = new ArrayList<>();
    for (int j = 0; j < mentorCount; j++) {
      long organization = 1 + random.nextInt(organizations);
      int capacity = 1 + random.nextInt(3);
      mentors.add(new MentorProfile(10_000 + j, "Наставник " + (j + 1), organization, "ОО № " + organization,
          random.nextInt(100) < 3 ? MUNICIPALITY + 1 : MUNICIPALITY,
          pick(random, COMPETENCIES, 2 + random.nextInt(5)), pick(random, SUBJECTS, 1 + random.nextInt(2)),
          3 + random.nextInt(33), capacity, random.nextInt(100) < 30 ? random.nextInt(capacity + 1) : 0,
          random.nextInt(100) < 92, random.nextInt(100) < 95, random.nextInt(100) < 93,
          random.nextInt(100) < 70, pick(random, FORMS, 1 + random.nextInt(3))));
    }
    List<MenteeProfile> mentees = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      // A few mentors ask for help themselves in an area they do not master.
      long personId = random.nextInt(100) < 3 ? mentors.get(random.nextInt(mentors.size())).personId() : 100_000 + i;
      mentees.add(new MenteeProfile(1 + i, personId, 1 + random.nextInt(organizations), MUNICIPALITY,
          pick(random, COMPETENCIES, 1 + random.nextInt(4)), SUBJECTS.get(random.nextInt(SUBJECTS.size())),
          random.nextInt(100) < 10 ? null : random.nextInt(6), FORMS.get(random.nextInt(FORMS.size()))));
    }
    return new SyntheticBank(mentors, mentees);
  }

  /** Free places of the mentors who may take requests of the municipality. */
  int freePlaces() {
    return mentors.stream().filter(m -> MentorMatcher.available(m) && m.municipalityId() == MUNICIPALITY)
        .mapToInt(MentorProfile::freeCapacity).sum();
  }

  private static Set<String> pick(Random random, List<String> values, int count) {
    Set<String> result = new HashSet<>();
    while (result.size() < Math.min(count, values.size())) {
      result.add(values.get(random.nextInt(values.size())));
    }
    return result;
  }
}
