package ru.nastavnik.person;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.system.CurrentUser;

/**
 * Who may give or take which role (the matrix of the README, «Безопасность»):
 *
 * <ul>
 *   <li>mentors and mentees — the curator of their organization;
 *   <li>curators — the director of their organization or the department (managers) of its municipality;
 *   <li>directors, coordinators and managers — the department of the municipality;
 *   <li>the administrator — every role.
 * </ul>
 *
 * Nobody changes their own roles. Whoever may grant every role a person holds manages that
 * person's data and login; a person without roles is managed as before by the organization's
 * director and curator and the municipality's coordinator.
 */
@Component
public class RoleGrants {

  /** The roles {@code user} may give or take in {@code organization}. */
  public Set<Role> grantable(CurrentUser user, Organization organization) {
    if (user.isAdmin()) {
      return EnumSet.allOf(Role.class);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    String org = organization.getCode();
    String municipality = organization.getMunicipality().getCode();
    if (user.inGroup(GroupNames.curators(org))) {
      roles.add(Role.MENTOR);
      roles.add(Role.MENTEE);
    }
    if (user.inGroup(GroupNames.directors(org))) {
      roles.add(Role.CURATOR);
    }
    if (user.inGroup(GroupNames.managers(municipality))) {
      roles.addAll(EnumSet.of(Role.CURATOR, Role.DIRECTOR, Role.COORDINATOR, Role.MANAGER));
    }
    return roles;
  }

  /** Who may grant the role, for the refusal message. */
  public static String grantors(Role role) {
    return switch (role) {
      case MENTOR, MENTEE -> "куратор организации";
      case CURATOR -> "руководитель организации или управление образованием муниципалитета";
      case DIRECTOR, COORDINATOR, MANAGER -> "управление образованием муниципалитета";
    } + " или администратор";
  }
}
