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
  private final Organization department = new Organization(khm, OrganizationKind.DEPARTMENT, "khm-do", "Департамент", "Департамент");
  private final Organization centre = new Organization(khm, OrganizationKind.METHODICAL_CENTER, "khm-cro", "ЦРО", "ЦРО");
  private final Organization school = new Organization(khm, OrganizationKind.SCHOOL, "khm-sch1", "СОШ № 1", "СОШ № 1");
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
}
