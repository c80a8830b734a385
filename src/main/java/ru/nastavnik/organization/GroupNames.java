package ru.nastavnik.organization;

import java.util.List;
import java.util.Optional;

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

  /** The four groups of one organization. */
  public static List<String> ofOrganization(String organizationCode) {
    return List.of(curators(organizationCode), directors(organizationCode), mentors(organizationCode), mentees(organizationCode));
  }

  /** The organization of a group of directors, curators, mentors or mentees; empty for municipal and other groups. */
  public static Optional<String> organizationCode(String groupId) {
    for (String prefix : new String[] {DIRECTORS, CURATORS, MENTORS, MENTEES}) {
      if (groupId.startsWith(prefix) && groupId.length() > prefix.length()) {
        return Optional.of(groupId.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  /** True for the groups this application creates and keeps in step with people's roles. */
  public static boolean isManaged(String groupId) {
    return groupId.startsWith(DIRECTORS) || groupId.startsWith(CURATORS) || groupId.startsWith(MENTORS)
        || groupId.startsWith(MENTEES) || groupId.startsWith(COORDINATORS) || groupId.startsWith(MANAGERS);
  }
}
