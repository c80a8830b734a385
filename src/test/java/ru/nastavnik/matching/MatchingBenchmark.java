package ru.nastavnik.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: compares {@link GreedyAssignment} and {@link OptimalAssignment} on a synthetic
 * municipality and prints wall time, total score and number of pairs. Run with
 * {@code mvn -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=ru.nastavnik.matching.MatchingBenchmark -Dexec.classpathScope=test}
 * (the pinned version is the one available offline); optional {@code -Dexec.args="requests mentors runs"}.
 */
public final class MatchingBenchmark {

  private static final List<String> COMPETENCIES = List.of("LESSON_PLANNING", "CLASSROOM_DISCIPLINE",
      "WORKING_WITH_PARENTS", "ASSESSMENT", "DIGITAL_TOOLS", "INCLUSIVE_EDUCATION", "CERTIFICATION",
      "SUBJECT_METHODS", "FGOS_PROGRAMS", "CLASS_TEACHER", "GIFTED_CHILDREN", "PROJECT_RESEARCH",
      "DOCUMENTATION", "ADAPTATION");
  private static final List<String> SUBJECTS = List.of("Математика", "Русский язык", "Литература",
      "Английский язык", "История", "Обществознание", "Физика", "Химия", "Биология", "География",
      "Информатика", "Начальные классы", "Физическая культура", "Музыка", "Изобразительное искусство");
  private static final List<String> FORMS = List.of("TRADITIONAL", "GROUP", "VIRTUAL", "SHORT_TERM", "SITUATIONAL");
  private static final long MUNICIPALITY = 1;
  private static final int ORGANIZATIONS = 45;

  private MatchingBenchmark() {}

  public static void main(String[] args) {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int mentorCount = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Random random = new Random(2026L);
    List<MentorProfile> mentors = mentors(random, mentorCount);
    List<MenteeProfile> mentees = mentees(random, requests, mentors);
    MentorMatcher matcher = new MentorMatcher();
    int freePlaces = mentors.stream().filter(m -> m.approved() && m.personalDataConsent() && m.mentoringConsent()
        && m.municipalityId() == MUNICIPALITY).mapToInt(MentorProfile::freeCapacity).sum();
    System.out.printf("Муниципалитет: %d открытых запросов, %d наставников, %d организаций, "
        + "свободных мест у допустимых наставников: %d, допустимых пар: %d%n",
        requests, mentorCount, ORGANIZATIONS, freePlaces,
        -1);

    GreedyAssignment greedy = new GreedyAssignment(matcher);
    OptimalAssignment optimal = new OptimalAssignment(matcher);
    Assignment greedyResult = null;
    Assignment optimalResult = null;
    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      greedyResult = greedy.assign(mentees, mentors);
      long greedyMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      optimalResult = optimal.assign(mentees, mentors);
      long optimalMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("Прогон %d: жадный %d мс (сумма %d, пар %d); оптимальный %d мс (сумма %d, пар %d)%n",
          run, greedyMillis, greedyResult.totalScore(), greedyResult.mentorByRequest().size(),
          optimalMillis, optimalResult.totalScore(), optimalResult.mentorByRequest().size());
    }
    System.out.printf("Итог: оптимальный выигрывает %d баллов (%+.2f%%); средняя оценка пары: жадный %.1f, "
        + "оптимальный %.1f; без наставника: жадный %d, оптимальный %d%n",
        optimalResult.totalScore() - greedyResult.totalScore(),
        100.0 * (optimalResult.totalScore() - greedyResult.totalScore()) / Math.max(1, greedyResult.totalScore()),
        average(greedyResult), average(optimalResult),
        greedyResult.unassignedRequests().size(), optimalResult.unassignedRequests().size());
  }

  private static double average(Assignment assignment) {
    return assignment.mentorByRequest().isEmpty() ? 0 : (double) assignment.totalScore() / assignment.mentorByRequest().size();
  }

  private static List<MentorProfile> mentors(Random random, int count) {
    List<MentorProfile> mentors = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      long organization = 1 + random.nextInt(ORGANIZATIONS);
      int capacity = 1 + random.nextInt(3);
      mentors.add(new MentorProfile(10_000 + j, "Наставник " + (j + 1), organization, "ОО № " + organization,
          random.nextInt(100) < 3 ? MUNICIPALITY + 1 : MUNICIPALITY,
          pick(random, COMPETENCIES, 2 + random.nextInt(5)), pick(random, SUBJECTS, 1 + random.nextInt(2)),
          3 + random.nextInt(33), capacity, random.nextInt(100) < 30 ? random.nextInt(capacity + 1) : 0,
          random.nextInt(100) < 92, random.nextInt(100) < 95, random.nextInt(100) < 93,
          random.nextInt(100) < 70, pick(random, FORMS, 1 + random.nextInt(3))));
    }
    return mentors;
  }

  private static List<MenteeProfile> mentees(Random random, int count, List<MentorProfile> mentors) {
    List<MenteeProfile> mentees = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // A few mentors ask for help themselves in an area they do not master.
      long personId = random.nextInt(100) < 3
          ? mentors.get(random.nextInt(mentors.size())).personId()
          : 100_000 + i;
      mentees.add(new MenteeProfile(1 + i, personId, 1 + random.nextInt(ORGANIZATIONS), MUNICIPALITY,
          pick(random, COMPETENCIES, 1 + random.nextInt(4)), SUBJECTS.get(random.nextInt(SUBJECTS.size())),
          random.nextInt(100) < 10 ? null : random.nextInt(6), FORMS.get(random.nextInt(FORMS.size()))));
    }
    return mentees;
  }

  private static Set<String> pick(Random random, List<String> values, int count) {
    Set<String> result = new HashSet<>();
    while (result.size() < Math.min(count, values.size())) {
      result.add(values.get(random.nextInt(values.size())));
    }
    return result;
  }
}
