package ru.nastavnik.matching;

/**
 * Relative weights of the soft criteria. Each criterion yields a fraction between 0 and 1; the
 * score is the weighted sum scaled to 0–100, so the weights need not add up to 100 (the defaults
 * do, so that each weight reads as "points out of 100").
 *
 * @param competencies share of the mentee's difficulties covered by the mentor's competencies
 * @param subject the mentor teaches the mentee's subject
 * @param sameOrganization the mentor works in the mentee's organization (otherwise network mentoring)
 * @param load share of the mentor's places still free
 * @param experience the mentor is clearly more experienced than the mentee
 * @param training the mentor completed the mentors' training
 * @param form the mentor offers the desired form
 * @param fullExperienceGap the experience lead, in years, that earns the full experience weight;
 *     a smaller lead earns a proportional part
 */
public record ScoringWeights(
    int competencies,
    int subject,
    int sameOrganization,
    int load,
    int experience,
    int training,
    int form,
    int fullExperienceGap) {

  public ScoringWeights {
    if (competencies < 0 || subject < 0 || sameOrganization < 0 || load < 0 || experience < 0
        || training < 0 || form < 0) {
      throw new IllegalArgumentException("Веса критериев не могут быть отрицательными");
    }
    if (competencies + subject + sameOrganization + load + experience + training + form == 0) {
      throw new IllegalArgumentException("Хотя бы один вес критерия должен быть больше нуля");
    }
    if (fullExperienceGap < 1) {
      throw new IllegalArgumentException("Разница в стаже должна быть не меньше года: " + fullExperienceGap);
    }
  }

  /**
   * Competencies 50, subject 15, same organization 10, experience 10, load 5, training 5, form 5;
   * a lead of 5 years counts as "clearly more experienced".
   */
  public static ScoringWeights defaults() {
    return new ScoringWeights(50, 15, 10, 5, 10, 5, 5, 5);
  }

  int total() {
    return competencies + subject + sameOrganization + load + experience + training + form;
  }
}
