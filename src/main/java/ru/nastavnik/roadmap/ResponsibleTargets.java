package ru.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.roadmap.parse.ResponsibleBody;
import ru.nastavnik.system.BusinessRuleException;

/**
 * Who does an item and who hears when it is late — always someone above the responsible: an
 * educational organization's curators (escalated to its director), the methodical centre's
 * coordinators (escalated to the department's managers) or the department's managers (escalated to
 * the head of the department: the holders of the «Руководитель организации» role in the department,
 * group {@code directors-<department code>}; see docs/deadlines.md). «Образовательные организации»
 * in a municipal roadmap are every educational organization of the municipality; in a school's own
 * roadmap, the school.
 */
@Component
class ResponsibleTargets {

  /** One responsible organization with its Camunda groups. */
  record Target(Organization organization, String responsibleGroup, String escalationGroup) {}

  private final OrganizationRepository organizations;

  ResponsibleTargets(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  List<Target> of(Set<ResponsibleBody> bodies, RoadmapScope scope, Organization owner, String itemLabel) {
    Municipality municipality = owner.getMunicipality();
    List<Organization> all = organizations.findByMunicipalityIdOrderByName(municipality.getId());
    List<Target> targets = new ArrayList<>();
    String municipalityCode = municipality.getCode();
    if (bodies.contains(ResponsibleBody.DEPARTMENT)) {
      Organization department = body(all, OrganizationKind.DEPARTMENT).orElseThrow(() -> new BusinessRuleException(
          "В муниципалитете «" + municipality.getName() + "» нет органа управления образованием, а мероприятие "
              + itemLabel + " поручено ему: добавьте организацию или выберите другого исполнителя"));
      targets.add(new Target(department, GroupNames.managers(municipalityCode), GroupNames.directors(department.getCode())));
    }
    if (bodies.contains(ResponsibleBody.METHODICAL_CENTER)) {
      Organization centre = body(all, OrganizationKind.METHODICAL_CENTER).orElseThrow(() -> new BusinessRuleException(
          "В муниципалитете «" + municipality.getName() + "» нет методического центра, а мероприятие "
              + itemLabel + " поручено ему: добавьте организацию или выберите другого исполнителя"));
      targets.add(new Target(centre, GroupNames.coordinators(municipalityCode), GroupNames.managers(municipalityCode)));
    }
    if (bodies.contains(ResponsibleBody.ORGANIZATIONS)) {
      List<Organization> schools = scope == RoadmapScope.ORGANIZATION ? List.of(owner)
          : all.stream().filter(o -> o.getKind().isEducational()).sorted(Comparator.comparing(Organization::getCode)).toList();
      if (schools.isEmpty()) {
        throw new BusinessRuleException("В муниципалитете «" + municipality.getName()
            + "» нет образовательных организаций, а мероприятие " + itemLabel + " поручено им");
      }
      for (Organization school : schools) {
        targets.add(new Target(school, GroupNames.curators(school.getCode()), GroupNames.directors(school.getCode())));
      }
    }
    return targets;
  }

  /** Whether {@code group} is the head of the department {@code organization} (escalations of the department's items). */
  static boolean isDepartmentHead(String group, Organization organization) {
    return organization.getKind() == OrganizationKind.DEPARTMENT && GroupNames.directors(organization.getCode()).equals(group);
  }

  /** How many organizations «образовательные организации» means here (for the review's figures). */
  int educationalCount(RoadmapScope scope, Organization owner) {
    if (scope == RoadmapScope.ORGANIZATION) {
      return 1;
    }
    return (int) organizations.findByMunicipalityIdOrderByName(owner.getMunicipality().getId()).stream()
        .filter(o -> o.getKind().isEducational()).count();
  }

  private static Optional<Organization> body(List<Organization> all, OrganizationKind kind) {
    return all.stream().filter(o -> o.getKind() == kind).findFirst();
  }
}
