package ru.nastavnik.organization;

import org.springframework.stereotype.Component;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.system.CurrentUser;

/**
 * Who may see and change what, read from the user's groups: administrators everything; the
 * municipality's coordinators and managers its organizations; directors and curators their own
 * organization; mentors and mentees only what concerns them.
 */
@Component
public class OrganizationAccess {

  public boolean isMunicipalStaff(CurrentUser user, Municipality municipality) {
    return user.isAdmin()
        || user.inGroup(GroupNames.coordinators(municipality.getCode()))
        || user.inGroup(GroupNames.managers(municipality.getCode()));
  }

  /** Coordinators keep the municipal registries; managers only read them. */
  public boolean canManageMunicipality(CurrentUser user, Municipality municipality) {
    return user.isAdmin() || user.inGroup(GroupNames.coordinators(municipality.getCode()));
  }

  public boolean canSeeOrganization(CurrentUser user, Organization organization) {
    String code = organization.getCode();
    return isMunicipalStaff(user, organization.getMunicipality())
        || user.inGroup(GroupNames.curators(code)) || user.inGroup(GroupNames.directors(code))
        || user.inGroup(GroupNames.mentors(code)) || user.inGroup(GroupNames.mentees(code));
  }

  /** Personal data of an organization's people: its director and curator, and the municipality. */
  public boolean canSeePeopleOf(CurrentUser user, Organization organization) {
    String code = organization.getCode();
    return isMunicipalStaff(user, organization.getMunicipality())
        || user.inGroup(GroupNames.curators(code)) || user.inGroup(GroupNames.directors(code));
  }

  public boolean canManagePeopleOf(CurrentUser user, Organization organization) {
    String code = organization.getCode();
    return canManageMunicipality(user, organization.getMunicipality())
        || user.inGroup(GroupNames.curators(code)) || user.inGroup(GroupNames.directors(code));
  }
}
