package ru.nastavnik.workspace;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.CurrentUser;

/** Reads the {@link Viewer} of a request from the user's groups and person. */
@Component
class Viewers {

  private final PersonRepository people;
  private final OrganizationService organizations;
  private final OrganizationAccess access;

  Viewers(PersonRepository people, OrganizationService organizations, OrganizationAccess access) {
    this.people = people;
    this.organizations = organizations;
    this.access = access;
  }

  @Transactional(readOnly = true)
  Viewer of(CurrentUser user) {
    Person person = people.findByLogin(user.userId()).orElse(null);
    List<Viewer.School> schools = new ArrayList<>();
    for (Organization o : organizations.organizations(user, null)) {
      boolean curator = user.inGroup(GroupNames.curators(o.getCode()));
      boolean director = user.inGroup(GroupNames.directors(o.getCode()));
      if (o.getKind().isEducational() && (curator || director)) {
        schools.add(new Viewer.School(o.getId(), o.getShortName(), o.getMunicipality().getId(), curator, director));
      }
    }
    List<Viewer.Place> municipalities = new ArrayList<>();
    boolean coordinator = false;
    for (Municipality m : organizations.municipalities(user)) {
      if (access.isMunicipalStaff(user, m)) {
        municipalities.add(new Viewer.Place(m.getId(), m.getName()));
        coordinator |= access.canManageMunicipality(user, m);
      }
    }
    boolean mentor = user.groups().stream().anyMatch(g -> g.startsWith(GroupNames.MENTORS));
    boolean mentee = user.groups().stream().anyMatch(g -> g.startsWith(GroupNames.MENTEES));
    return new Viewer(user.userId(), person == null ? user.userId() : person.getFullName(), user.isAdmin(),
        person == null ? null : person.getId(), List.copyOf(schools), List.copyOf(municipalities), mentor, mentee,
        coordinator);
  }
}
