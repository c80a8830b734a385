package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.roadmap.parse.RoadmapFormatException;
import ru.nastavnik.roadmap.parse.RoadmapParser;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * Imports a roadmap document, the first steps: reads it (nothing is stored) for a period and tells
 * who imports it for whom. What the reviewer sees is {@link RoadmapImportReviews}, storing it on
 * confirmation {@link RoadmapConfirmation}, a later edition {@link RoadmapEditions}.
 */
@Service
@Transactional
public class RoadmapImportService {

  /** A roadmap period longer than this is surely a typo. */
  static final int MAX_PERIOD_YEARS = 10;

  private final RoadmapParser parser = new RoadmapParser();
  private final OrganizationRepository organizations;
  private final OrganizationService organizationService;

  RoadmapImportService(OrganizationRepository organizations, OrganizationService organizationService) {
    this.organizations = organizations;
    this.organizationService = organizationService;
  }

  /** The period of a roadmap, both days inclusive. */
  public record Period(LocalDate start, LocalDate end) {}

  /** The uploaded document. */
  public record Upload(String fileName, byte[] content) {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads a document for the preview: a file that is not a roadmap is refused with the reader's
   * Russian {@link RoadmapFormatException}, a file over the limit with {@link RoadmapFileTooLargeException}.
   */
  @Transactional(readOnly = true)
  public ParsedRoadmap preview(Upload upload, LocalDate periodStart, LocalDate periodEnd) {
    Period period = period(periodStart, periodEnd);
    checkSize(upload.content() == null ? 0 : upload.content().length);
    return parser.parse(upload.fileName(), upload.content(), period.start(), period.end());
  }

  /** Reads a document inside the import process: every refusal is a Russian {@link BusinessRuleException}. */
  @Transactional(readOnly = true)
  public ParsedRoadmap read(Upload upload, Period period) {
    if (upload == null || upload.content() == null || upload.content().length == 0) {
      throw new BusinessRuleException("roadmapFile", "Выберите файл дорожной карты (.docx или текст)");
    }
    try {
      checkSize(upload.content().length);
      return parser.parse(upload.fileName(), upload.content(), period.start(), period.end());
    } catch (RoadmapFileTooLargeException | RoadmapFormatException e) {
      throw new BusinessRuleException("roadmapFile", e.getMessage());
    }
  }

  /** Refuses a file over the reader's limit before anything reads it. */
  public static void checkSize(long bytes) {
    if (bytes > RoadmapParser.MAX_BYTES) {
      throw new RoadmapFileTooLargeException(String.format(Locale.forLanguageTag("ru"),
          "Файл слишком большой (%.1f МБ): дорожная карта принимается размером не более %d МБ",
          bytes / (1024.0 * 1024.0), RoadmapParser.MAX_BYTES / (1024 * 1024)));
    }
  }

  /** The period from its first to its last day: both given, in order, not longer than {@link #MAX_PERIOD_YEARS}. */
  public Period period(LocalDate start, LocalDate end) {
    if (start == null) {
      throw new BusinessRuleException("periodStart", "Укажите дату начала периода дорожной карты");
    }
    if (end == null) {
      throw new BusinessRuleException("periodEnd", "Укажите дату окончания периода дорожной карты");
    }
    if (end.isBefore(start)) {
      throw new BusinessRuleException("periodEnd", "Окончание периода (" + RoadmapTexts.date(end)
          + ") раньше его начала (" + RoadmapTexts.date(start) + ")");
    }
    if (end.isAfter(start.plusYears(MAX_PERIOD_YEARS))) {
      throw new BusinessRuleException("periodEnd", "Период дорожной карты не может быть длиннее " + MAX_PERIOD_YEARS + " лет");
    }
    return new Period(start, end);
  }

  // ---------------------------------------------------------------- who imports for whom

  /**
   * Whose roadmap the user imports. Without a code: a coordinator imports the municipal roadmap,
   * a curator the roadmap of their organization. With a code: a municipal body's code means the
   * municipal roadmap of its municipality, an educational organization's code that school's own.
   */
  @Transactional(readOnly = true)
  public ImportScope scope(CurrentUser user, String organizationCode) {
    if (organizationCode != null && !organizationCode.isBlank()) {
      Organization organization = organizations.findByCode(organizationCode.trim()).orElseThrow(() ->
          new BusinessRuleException("organizationCode", "Организация с кодом «" + organizationCode.trim() + "» не найдена"));
      Municipality municipality = organization.getMunicipality();
      boolean coordinator = user.isAdmin() || user.inGroup(GroupNames.coordinators(municipality.getCode()));
      if (!organization.getKind().isEducational()) {
        if (!coordinator) {
          throw new ForbiddenException("Муниципальную дорожную карту «" + municipality.getName()
              + "» загружает муниципальный координатор");
        }
        return municipal(municipality);
      }
      if (!coordinator && !user.inGroup(GroupNames.curators(organization.getCode()))) {
        throw new ForbiddenException("Дорожную карту «" + organization.getShortName()
            + "» загружает её куратор или муниципальный координатор");
      }
      return new ImportScope(RoadmapScope.ORGANIZATION, organization, GroupNames.curators(organization.getCode()));
    }
    List<String> coordinated = codesOf(user, GroupNames.COORDINATORS);
    List<String> curated = codesOf(user, GroupNames.CURATORS);
    if (coordinated.size() == 1) {
      return municipal(organizationService.municipalityByCode(coordinated.get(0)));
    }
    if (coordinated.isEmpty() && curated.size() == 1) {
      Organization school = organizations.findByCode(curated.get(0))
          .orElseThrow(() -> new NotFoundException("Организация с кодом «" + curated.get(0) + "» не найдена"));
      return new ImportScope(RoadmapScope.ORGANIZATION, school, GroupNames.curators(school.getCode()));
    }
    if (coordinated.isEmpty() && curated.isEmpty() && !user.isAdmin()) {
      throw new ForbiddenException("Загружать дорожные карты могут муниципальные координаторы и кураторы организаций");
    }
    throw new BusinessRuleException("organizationCode",
        "Укажите код организации: дорожную карту какой организации (или какого муниципалитета) вы загружаете");
  }

  /** The scope again, from what the import process keeps. */
  @Transactional(readOnly = true)
  public ImportScope scope(String ownerCode, String scopeName) {
    Organization owner = organizations.findByCode(ownerCode)
        .orElseThrow(() -> new NotFoundException("Организация с кодом «" + ownerCode + "» не найдена"));
    RoadmapScope scope = RoadmapScope.valueOf(scopeName);
    return scope == RoadmapScope.MUNICIPALITY ? municipal(owner.getMunicipality())
        : new ImportScope(scope, owner, GroupNames.curators(owner.getCode()));
  }

  private ImportScope municipal(Municipality municipality) {
    List<Organization> all = organizations.findByMunicipalityIdOrderByName(municipality.getId());
    Organization owner = all.stream().filter(o -> o.getKind() == OrganizationKind.METHODICAL_CENTER).findFirst()
        .or(() -> all.stream().filter(o -> o.getKind() == OrganizationKind.DEPARTMENT).findFirst())
        .or(() -> all.stream().findFirst())
        .orElseThrow(() -> new BusinessRuleException("В муниципалитете «" + municipality.getName() + "» нет организаций"));
    return new ImportScope(RoadmapScope.MUNICIPALITY, owner, GroupNames.coordinators(municipality.getCode()));
  }

  private static List<String> codesOf(CurrentUser user, String prefix) {
    return user.groups().stream().filter(g -> g.startsWith(prefix)).map(g -> g.substring(prefix.length())).sorted().toList();
  }
}
