package ru.nastavnik.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Picks mentors for a request (отбор наставников под запрос).
 *
 * <p>Hard rules decide who may mentor at all: the mentee is not the mentor themself, both are in
 * the same municipality (another organization of it is fine: network mentoring), the curator
 * approved the mentor, valid consents to personal-data processing and to the mentor's duties
 * exist, and the mentor has a free place. The score (0–100) then ranks the eligible ones by the
 * soft criteria of {@link ScoringWeights}, the coverage of the mentee's difficulties dominating.
 */
public final class MentorMatcher {

  /** Best score first; among equals the less loaded mentor, then the lower person id. */
  static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::score).reversed()
      .thenComparingInt(candidate -> candidate.mentor().currentLoad())
      .thenComparingLong(candidate -> candidate.mentor().personId());

  private final ScoringWeights weights;
  private final int totalWeight;

  /** A matcher with the given weights. */
  public MentorMatcher(ScoringWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.totalWeight = weights.total();
  }

  /** A matcher with {@link ScoringWeights#defaults()}. */
  public MentorMatcher() {
    this(ScoringWeights.defaults());
  }

  public ScoringWeights weights() {
    return weights;
  }

  /**
   * The mentors who may take the request, best first, each with its score and explanation.
   * Mentors failing a hard rule are left out; {@link #exclusionReason} tells why.
   */
  public List<Candidate> rank(MenteeProfile mentee, Collection<MentorProfile> mentors) {
    Objects.requireNonNull(mentee, "mentee");
    String menteeSubject = Codes.subject(mentee.subject());
    List<Candidate> candidates = new ArrayList<>();
    for (MentorProfile mentor : mentors) {
      if (eligible(mentee, mentor)) {
        Evaluation evaluation = evaluate(mentee, menteeSubject, mentor, Codes.subjects(mentor.subjects()));
        candidates.add(new Candidate(mentor, evaluation.score(), explain(evaluation, mentor)));
      }
    }
    candidates.sort(ORDER);
    return List.copyOf(candidates);
  }

  /**
   * The soft score of the pair, 0–100. It does not look at the hard rules: a curator may want to
   * see how well an excluded mentor would fit.
   */
  public int score(MenteeProfile mentee, MentorProfile mentor) {
    return evaluate(mentee, Codes.subject(mentee.subject()), mentor, Codes.subjects(mentor.subjects())).score();
  }

  /** The explanation of {@link #score} in Russian, as {@link Candidate#explanation()} carries it. */
  public String explanation(MenteeProfile mentee, MentorProfile mentor) {
    Evaluation evaluation =
        evaluate(mentee, Codes.subject(mentee.subject()), mentor, Codes.subjects(mentor.subjects()));
    return explain(evaluation, mentor);
  }

  /** Why the mentor may not take the request, in Russian; empty when the hard rules pass. */
  public Optional<String> exclusionReason(MenteeProfile mentee, MentorProfile mentor) {
    if (mentee.personId() == mentor.personId()) {
      return Optional.of("это сам наставляемый");
    }
    if (mentee.municipalityId() != mentor.municipalityId()) {
      return Optional.of("другой муниципалитет");
    }
    if (!mentor.approved()) {
      return Optional.of("наставник не одобрен куратором");
    }
    if (!mentor.personalDataConsent()) {
      return Optional.of("нет согласия на обработку персональных данных");
    }
    if (!mentor.mentoringConsent()) {
      return Optional.of("нет согласия на выполнение обязанностей наставника");
    }
    if (mentor.freeCapacity() <= 0) {
      return Optional.of("нет свободных мест (" + mentor.currentLoad() + " из " + mentor.capacity() + ")");
    }
    return Optional.empty();
  }

  /** The same rules as {@link #exclusionReason}, without building text: assignment asks it for every pair. */
  boolean eligible(MenteeProfile mentee, MentorProfile mentor) {
    return mentee.personId() != mentor.personId()
        && mentee.municipalityId() == mentor.municipalityId()
        && available(mentor);
  }

  /** The rules of {@link #eligible} that depend on the mentor alone: approved, both consents, a free place. */
  static boolean available(MentorProfile mentor) {
    return mentor.approved()
        && mentor.personalDataConsent()
        && mentor.mentoringConsent()
        && mentor.freeCapacity() > 0;
  }

  private Evaluation evaluate(
      MenteeProfile mentee, String menteeSubject, MentorProfile mentor, Set<String> mentorSubjects) {
    int requested = mentee.difficulties().size();
    int covered = 0;
    for (String difficulty : mentee.difficulties()) {
      if (mentor.competencies().contains(difficulty)) {
        covered++;
      }
    }
    Boolean sameSubject = menteeSubject == null ? null : mentorSubjects.contains(menteeSubject);
    boolean sameOrganization = mentee.organizationId() == mentor.organizationId();
    int lead = mentor.experienceYears() - experienceOf(mentee);
    Boolean formOffered = mentee.desiredForm() == null ? null : mentor.forms().contains(mentee.desiredForm());
    int score = score(covered, requested, Boolean.TRUE.equals(sameSubject), sameOrganization, freeShare(mentor),
        experienceShare(lead), mentor.trainingCompleted(), Boolean.TRUE.equals(formOffered));
    return new Evaluation(covered, requested, sameSubject, sameOrganization,
        mentee.experienceYears() == null ? null : lead, formOffered, mentee.desiredForm(), score);
  }

  /** A mentee who did not state experience is taken as a beginner: requests come mostly from young teachers. */
  static int experienceOf(MenteeProfile mentee) {
    return mentee.experienceYears() == null ? 0 : mentee.experienceYears();
  }

  static double freeShare(MentorProfile mentor) {
    return mentor.capacity() == 0 ? 0 : (double) mentor.freeCapacity() / mentor.capacity();
  }

  double experienceShare(int lead) {
    return Math.max(0, Math.min(1, (double) lead / weights.fullExperienceGap()));
  }

  /**
   * The score from the criteria already worked out: the one place the weights are applied, for
   * {@link #rank} as for the bulk scoring of a whole bank ({@link PairScorer}).
   */
  int score(int covered, int requested, boolean sameSubject, boolean sameOrganization, double freeShare,
      double experienceShare, boolean trained, boolean formOffered) {
    double points = (requested == 0 ? 0 : weights.competencies() * (double) covered / requested)
        + (sameSubject ? weights.subject() : 0)
        + (sameOrganization ? weights.sameOrganization() : 0)
        + weights.load() * freeShare
        + weights.experience() * experienceShare
        + (trained ? weights.training() : 0)
        + (formOffered ? weights.form() : 0);
    int score = (int) Math.round(points * 100 / totalWeight);
    return Math.max(0, Math.min(100, score));
  }

  private String explain(Evaluation evaluation, MentorProfile mentor) {
    List<String> parts = new ArrayList<>();
    parts.add(evaluation.requested() == 0
        ? "затруднения не указаны"
        : "совпадение компетенций " + evaluation.covered() + " из " + evaluation.requested());
    if (evaluation.sameSubject() != null) {
      parts.add(evaluation.sameSubject() ? "тот же предмет" : "другой предмет");
    }
    if (!evaluation.sameOrganization()) {
      parts.add("другая организация муниципалитета (сетевое наставничество)");
    }
    parts.add("нагрузка " + mentor.currentLoad() + " из " + mentor.capacity());
    String experience = "стаж " + RussianText.years(mentor.experienceYears());
    Integer lead = evaluation.experienceLead();
    if (lead != null && lead <= 0) {
      experience += ", не больше, чем у наставляемого";
    } else if (lead != null && lead < weights.fullExperienceGap()) {
      experience += ", на " + RussianText.years(lead) + " больше, чем у наставляемого";
    }
    parts.add(experience);
    parts.add(mentor.trainingCompleted() ? "обучение наставников пройдено" : "обучение наставников не пройдено");
    if (evaluation.formOffered() != null) {
      parts.add("форма: " + RussianText.form(evaluation.desiredForm())
          + (evaluation.formOffered() ? " подходит" : " не предлагается"));
    }
    return String.join(", ", parts);
  }

  private record Evaluation(
      int covered,
      int requested,
      Boolean sameSubject,
      boolean sameOrganization,
      Integer experienceLead,
      Boolean formOffered,
      String desiredForm,
      int score) {}
}
