package ru.nastavnik.organization;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/** The territorial registry: regions, municipalities and their organizations. */
@Service
@Transactional
public class OrganizationService {

  private final RegionRepository regions;
  private final MunicipalityRepository municipalities;
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final Clock clock;

  OrganizationService(RegionRepository regions, MunicipalityRepository municipalities,
      OrganizationRepository organizations, OrganizationAccess access, Clock clock) {
    this.clock = clock;
    this.regions = regions;
    this.municipalities = municipalities;
    this.organizations = organizations;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public List<Region> regions() {
    return regions.findAll();
  }

  public Region createRegion(CurrentUser user, String code, String name) {
    requireAdmin(user);
    if (regions.findByCode(code).isPresent()) {
      throw new BusinessRuleException("code", "Регион с кодом «" + code + "» уже существует");
    }
    return regions.save(new Region(code, name));
  }

  @Transactional(readOnly = true)
  public List<Municipality> municipalities(CurrentUser user) {
    return municipalities.findAll().stream()
        .filter(m -> user.isAdmin() || access.isMunicipalStaff(user, m)
            || organizations.findByMunicipalityIdOrderByName(m.getId()).stream()
                .anyMatch(o -> access.canSeeOrganization(user, o)))
        .toList();
  }

  public Municipality createMunicipality(CurrentUser user, Long regionId, String code, String name, String timeZone) {
    requireAdmin(user);
    Region region = regions.findById(regionId)
        .orElseThrow(() -> new BusinessRuleException("regionId", "Регион с id " + regionId + " не найден"));
    if (municipalities.findByCode(code).isPresent()) {
      throw new BusinessRuleException("code", "Муниципалитет с кодом «" + code + "» уже существует");
    }
    return municipalities.save(new Municipality(region, code, name, zone(timeZone)));
  }

  public Municipality updateMunicipality(CurrentUser user, Long id, String name, String timeZone) {
    Municipality municipality = municipality(id);
    if (!access.canManageMunicipality(user, municipality)) {
      throw new ForbiddenException("Изменять муниципалитет может администратор или муниципальный координатор");
    }
    municipality.setName(name);
    municipality.setTimeZone(zone(timeZone));
    return municipality;
  }

  @Transactional(readOnly = true)
  public Municipality municipality(Long id) {
    return municipalities.findById(id)
        .orElseThrow(() -> new NotFoundException("Муниципалитет с id " + id + " не найден"));
  }

  @Transactional(readOnly = true)
  public Municipality municipalityByCode(String code) {
    return municipalities.findByCode(code)
        .orElseThrow(() -> new NotFoundException("Муниципалитет с кодом «" + code + "» не найден"));
  }

  /** Organizations {@code user} may see, optionally of one municipality. */
  @Transactional(readOnly = true)
  public List<Organization> organizations(CurrentUser user, Long municipalityId) {
    List<Organization> all = municipalityId == null
        ? organizations.findAllByOrderByName()
        : organizations.findByMunicipalityIdOrderByName(municipalityId);
    return all.stream().filter(o -> access.canSeeOrganization(user, o)).toList();
  }

  /** The organization, if {@code user} may see it. */
  @Transactional(readOnly = true)
  public Organization organization(CurrentUser user, Long id) {
    Organization organization = organizations.findWithMunicipalityById(id)
        .orElseThrow(() -> new NotFoundException("Организация с id " + id + " не найдена"));
    if (!access.canSeeOrganization(user, organization)) {
      throw new ForbiddenException("Нет доступа к данным организации «" + organization.getShortName() + "»");
    }
    return organization;
  }

  /** Organization by code, without access check: for processes and start-up code. */
  @Transactional(readOnly = true)
  public Organization organizationByCode(String code) {
    return organizations.findByCode(code)
        .orElseThrow(() -> new NotFoundException("Организация с кодом «" + code + "» не найдена"));
  }

  public Organization createOrganization(CurrentUser user, Long municipalityId, OrganizationKind kind, String code, String name,
      String shortName, String email) {
    Municipality municipality = municipalities.findById(municipalityId)
        .orElseThrow(() -> new BusinessRuleException("municipalityId", "Муниципалитет с id " + municipalityId + " не найден"));
    if (!access.canManageMunicipality(user, municipality)) {
      throw new ForbiddenException("Добавлять организации может администратор или координатор муниципалитета");
    }
    if (organizations.findByCode(code).isPresent()) {
      throw new BusinessRuleException("code", "Организация с кодом «" + code + "» уже существует");
    }
    Organization organization = new Organization(municipality, kind, code, name, shortName, clock.instant());
    organization.setEmail(email);
    return organizations.save(organization);
  }

  public Organization updateOrganization(CurrentUser user, Long id, OrganizationKind kind, String name, String shortName,
      String email) {
    Organization organization = organization(user, id);
    if (!access.canManageMunicipality(user, organization.getMunicipality())) {
      throw new ForbiddenException("Изменять организации может администратор или координатор муниципалитета");
    }
    organization.setKind(kind);
    organization.setName(name);
    organization.setShortName(shortName);
    organization.setEmail(email);
    return organization;
  }




  private static ZoneId zone(String timeZone) {
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new BusinessRuleException("timeZone",
          "Неизвестный часовой пояс «" + timeZone + "»; укажите его как Asia/Yekaterinburg или Europe/Volgograd");
    }
  }

  private static void requireAdmin(CurrentUser user) {
    if (!user.isAdmin()) {
      throw new ForbiddenException("Это действие доступно только администратору");
    }
  }
}
