package ru.nastavnik.identity;

/**
 * How Camunda groups are named after the domain: a role plus the code of the organization (or,
 * for municipal roles, of the municipality). BPMN candidate groups use the same names, e.g.
 * {@code curators-${organizationCode}}.
 */
public final class GroupNames {

  public static final String DIRECTORS = "directors-";
  public static final String CURATORS = "curators-";
  public static final String MENTORS = "mentors-";
  public static final String MENTEES = "mentees-";
  public static final String COORDINATORS = "coordinators-";
  public static final String MANAGERS = "managers-";

  private GroupNames() {}

  public static String curators(String organizationCode) { return CURATORS + organizationCode; }
  public static String directors(String organizationCode) { return DIRECTORS + organizationCode; }
  public static String mentors(String organizationCode) { return MENTORS + organizationCode; }
  public static String mentees(String organizationCode) { return MENTEES + organizationCode; }
  public static String coordinators(String municipalityCode) { return COORDINATORS + municipalityCode; }
  public static String managers(String municipalityCode) { return MANAGERS + municipalityCode; }

  /** True for the groups this application creates and keeps in step with people's roles. */
  public static boolean isManaged(String groupId) {
    return groupId.startsWith(DIRECTORS) || groupId.startsWith(CURATORS) || groupId.startsWith(MENTORS)
        || groupId.startsWith(MENTEES) || groupId.startsWith(COORDINATORS) || groupId.startsWith(MANAGERS);
  }
}
