package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.organization.Region;
import ru.nastavnik.roadmap.parse.ResponsibleBody;

/** Who hears of an overdue item is always above the responsible, never the responsible itself. */
class ResponsibleTargetsTest {

  private final Municipality khm = new Municipality(new Region("86", "Югра"), "khm", "Ханты-Мансийск",
      ZoneId.of("Asia/Yekaterinburg"));
  private final Organization department = new Organization(khm, OrganizationKind.DEPARTMENT, "khm-do", "Департамент", "Департамент", java.time.Instant.EPOCH);
  private final Organization centre = new Organization(khm, OrganizationKind.METHODICAL_CENTER, "khm-cro", "ЦРО", "ЦРО", java.time.Instant.EPOCH);
  private final Organization school = new Organization(khm, OrganizationKind.SCHOOL, "khm-sch1", "СОШ № 1", "СОШ № 1", java.time.Instant.EPOCH);
  private final ResponsibleTargets targets;

  ResponsibleTargetsTest() {
    OrganizationRepository organizations = Mockito.mock(OrganizationRepository.class);
    Mockito.when(organizations.findByMunicipalityIdOrderByName(Mockito.any())).thenReturn(List.of(department, centre, school));
    targets = new ResponsibleTargets(organizations);
  }

  @Test
  void eachResponsibleEscalatesToTheOneAboveIt() {
    List<ResponsibleTargets.Target> all = targets.of(Set.of(ResponsibleBody.DEPARTMENT, ResponsibleBody.METHODICAL_CENTER,
        ResponsibleBody.ORGANIZATIONS), RoadmapScope.MUNICIPALITY, department, "1.1.");

    assertThat(all).extracting(t -> t.organization().getCode() + ": " + t.responsibleGroup() + " → " + t.escalationGroup())
        .containsExactly(
            "khm-do: managers-khm → directors-khm-do",
            "khm-cro: coordinators-khm → managers-khm",
            "khm-sch1: curators-khm-sch1 → directors-khm-sch1");
    assertThat(all).allSatisfy(t -> assertThat(t.escalationGroup()).isNotEqualTo(t.responsibleGroup()));
    assertThat(ResponsibleTargets.isDepartmentHead("directors-khm-do", department)).isTrue();
    assertThat(ResponsibleTargets.isDepartmentHead("directors-khm-sch1", school)).isFalse();
  }

  @Test
  void aSchoolsOwnItemGoesToTheStaffItsCellNamesEachEscalatedAboveIt() {
    List<ResponsibleTargets.Target> all = targets.of(Set.of(ResponsibleBody.ORGANIZATIONS), "Директор и наставники, куратор",
        RoadmapScope.ORGANIZATION, school, "1.1.");

    assertThat(all).extracting(t -> t.organization().getCode() + ": " + t.responsibleGroup() + " → " + t.escalationGroup())
        .containsExactly(
            "khm-sch1: directors-khm-sch1 → managers-khm",
            "khm-sch1: curators-khm-sch1 → directors-khm-sch1",
            "khm-sch1: mentors-khm-sch1 → directors-khm-sch1");
    assertThat(targets.of(Set.of(ResponsibleBody.ORGANIZATIONS), "Библиотекарь", RoadmapScope.ORGANIZATION, school, "1.2."))
        .extracting(ResponsibleTargets.Target::responsibleGroup).containsExactly("curators-khm-sch1");
    // In a municipal roadmap «директора ОО» are still every school's curators.
    assertThat(targets.of(Set.of(ResponsibleBody.ORGANIZATIONS), "Директора ОО", RoadmapScope.MUNICIPALITY, department, "1.3."))
        .extracting(ResponsibleTargets.Target::responsibleGroup).containsExactly("curators-khm-sch1");
  }
}
