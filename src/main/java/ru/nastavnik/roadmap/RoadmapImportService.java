package ru.nastavnik.roadmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.roadmap.parse.Deadline;
import ru.nastavnik.roadmap.parse.DeadlineKind;
import ru.nastavnik.roadmap.parse.ParseWarning;
import ru.nastavnik.roadmap.parse.ParsedItem;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.roadmap.parse.ParsedSection;
import ru.nastavnik.roadmap.parse.ResponsibleBody;
import ru.nastavnik.roadmap.parse.RoadmapFormatException;
import ru.nastavnik.roadmap.parse.RoadmapParser;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * Imports a roadmap document: reads it (nothing is stored), tells who imports it for whom, shows
 * the reviewer what was read and what has to be completed, and only on confirmation stores the
 * roadmap with every occurrence of its items. Occurrences whose due date had passed before the
 * import are kept as skipped unless the reviewer asks to run them too.
 */
@Service
@Transactional
public class RoadmapImportService {

  /** A roadmap period longer than this is surely a typo. */
  static final int MAX_PERIOD_YEARS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<DeadlineKind> DATED = EnumSet.of(DeadlineKind.DATE, DeadlineKind.RANGE, DeadlineKind.RECURRING);

  private final RoadmapParser parser = new RoadmapParser();
  private final OrganizationRepository organizations;
  private final OrganizationService organizationService;
  private final RoadmapRepository roadmaps;
  private final RoadmapItemRepository items;
  private final RoadmapOccurrenceRepository occurrences;
  private final ResponsibleTargets targets;
  private final int leadDays;

  RoadmapImportService(OrganizationRepository organizations, OrganizationService organizationService, RoadmapRepository roadmaps, RoadmapItemRepository items,
      RoadmapOccurrenceRepository occurrences, ResponsibleTargets targets,
      @Value("${nastavnik.roadmap.lead-days:30}") int leadDays) {
    this.organizations = organizations;
    this.organizationService = organizationService;
    this.roadmaps = roadmaps;
    this.items = items;
    this.occurrences = occurrences;
    this.targets = targets;
    this.leadDays = leadDays;
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

  /** The period from form values (ISO {@code 2026-09-01} or {@code 01.09.2026}). */
  public Period period(Object start, Object end) {
    LocalDate from = date(start, "periodStart", "начала периода");
    LocalDate to = date(end, "periodEnd", "окончания периода");
    return period(from, to);
  }

  private static Period period(LocalDate start, LocalDate end) {
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

  // ---------------------------------------------------------------- review

  /** What the reviewer sees and has to complete before confirming. */
  @Transactional(readOnly = true)
  public ImportReview review(ParsedRoadmap parsed, ImportScope scope, Period period, String fileName, Instant now) {
    ZoneId zone = scope.owner().getMunicipality().getTimeZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    int schools = targets.educationalCount(scope.scope(), scope.owner());
    List<Map<String, Object>> itemRows = new ArrayList<>();
    List<Map<String, Object>> corrections = new ArrayList<>();
    int planned = 0;
    int past = 0;
    for (int i = 0; i < parsed.items().size(); i++) {
      ParsedItem item = parsed.items().get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", item.number() == null ? "" : item.number());
      row.put("section", item.section() == null ? "" : item.section());
      row.put("title", item.title());
      row.put("deadline", item.deadline().text() + " → " + dueText(item.deadline()));
      row.put("executors", executorsText(item, scope, schools));
      row.put("result", item.expectedResult() == null ? "" : item.expectedResult());
      row.put("indicators", item.indicators().stream().map(x -> x.year() + " г. – " + x.target())
          .collect(Collectors.joining("; ")));
      itemRows.add(row);
      List<String> problems = problems(item, period);
      if (!problems.isEmpty()) {
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("position", i + 1);
        correction.put("label", RoadmapTexts.shorten(label(item), 200) + " (строка " + item.row() + ")");
        correction.put("problem", String.join("; ", problems));
        correction.put("dueDate", null);
        correction.put("executors", item.responsible().bodies().stream().map(Enum::name).toList());
        corrections.add(correction);
      }
      if (DATED.contains(item.deadline().kind()) || item.deadline().kind() == DeadlineKind.CONTINUOUS) {
        int organizationsOfItem = organizationCount(item.responsible().bodies(), schools);
        for (RoadmapPlanner.Planned p : RoadmapPlanner.plan(item.deadline().kind(), item.deadline().start(),
            item.deadline().dueDates(), period.start(), period.end(), leadDays, zone, now)) {
          planned += organizationsOfItem;
          if (p.dueDate() != null && p.dueDate().isBefore(today)) {
            past += organizationsOfItem;
          }
        }
      }
    }
    List<Map<String, Object>> warningRows = new ArrayList<>();
    for (ParseWarning warning : parsed.warnings()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("row", warning.row());
      row.put("message", warning.message());
      warningRows.add(row);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("title", RoadmapTexts.shorten(title(parsed, fileName), 600));
    summary.put("scope", scope.scope().title());
    summary.put("owner", scope.scope() == RoadmapScope.MUNICIPALITY
        ? scope.owner().getMunicipality().getName() : scope.owner().getShortName());
    summary.put("period", RoadmapTexts.date(period.start()) + " – " + RoadmapTexts.date(period.end()));
    summary.put("fileName", RoadmapTexts.shorten(fileName, 200));
    summary.put("sections", parsed.sections().size());
    summary.put("items", parsed.items().size());
    summary.put("warnings", parsed.warnings().size());
    summary.put("occurrences", planned);
    summary.put("past", past);
    summary.put("corrections", corrections.size());
    summary.put("leadDays", leadDays);
    return new ImportReview(summary, itemRows, warningRows, corrections);
  }

  private static int organizationCount(Set<ResponsibleBody> bodies, int schools) {
    int count = 0;
    if (bodies.contains(ResponsibleBody.DEPARTMENT)) count++;
    if (bodies.contains(ResponsibleBody.METHODICAL_CENTER)) count++;
    if (bodies.contains(ResponsibleBody.ORGANIZATIONS)) count += schools;
    return count;
  }

  private static String dueText(Deadline deadline) {
    return switch (deadline.kind()) {
      case ON_DEMAND -> "срок назначит исполнитель";
      case UNKNOWN -> "срок не распознан";
      case CONTINUOUS -> "ежеквартальные отчёты до " + RoadmapTexts.date(deadline.dueDates().isEmpty() ? null
          : deadline.dueDates().get(deadline.dueDates().size() - 1));
      case RANGE -> (deadline.start() == null ? "" : "с " + RoadmapTexts.date(deadline.start()) + " ")
          + "до " + RoadmapTexts.dates(deadline.dueDates(), 6);
      default -> RoadmapTexts.dates(deadline.dueDates(), 6);
    };
  }

  private static String executorsText(ParsedItem item, ImportScope scope, int schools) {
    Set<ResponsibleBody> bodies = item.responsible().bodies();
    String text = RoadmapTexts.bodies(bodies);
    if (bodies.contains(ResponsibleBody.ORGANIZATIONS)) {
      text += scope.scope() == RoadmapScope.MUNICIPALITY ? " (все: " + schools + ")" : " (" + scope.owner().getShortName() + ")";
    }
    return text + " — «" + RoadmapTexts.shorten(item.responsible().text(), 300) + "»";
  }

  private static List<String> problems(ParsedItem item, Period period) {
    List<String> problems = new ArrayList<>();
    Deadline deadline = item.deadline();
    if (deadline.kind() == DeadlineKind.UNKNOWN) {
      problems.add("срок «" + RoadmapTexts.shorten(deadline.text(), 200) + "» не распознан — укажите дату исполнения");
    } else if (DATED.contains(deadline.kind()) && deadline.dueDates().isEmpty()) {
      problems.add("срок «" + RoadmapTexts.shorten(deadline.text(), 200) + "» не даёт даты — укажите дату исполнения");
    } else if (outsidePeriod(deadline, period)) {
      problems.add("срок «" + RoadmapTexts.shorten(deadline.text(), 200) + "» (" + RoadmapTexts.dates(deadline.dueDates(), 4)
          + ") вне периода " + RoadmapTexts.date(period.start()) + " – " + RoadmapTexts.date(period.end())
          + ": укажите новую дату или оставьте поле пустым, чтобы сохранить срок документа");
    }
    if (item.responsible().bodies().isEmpty()) {
      problems.add("исполнитель «" + RoadmapTexts.shorten(item.responsible().text(), 200)
          + "» не определён — отметьте, кто исполняет");
    }
    return problems;
  }

  private static boolean outsidePeriod(Deadline deadline, Period period) {
    return deadline.dueDates().stream().anyMatch(d -> d.isBefore(period.start()) || d.isAfter(period.end()));
  }

  // ---------------------------------------------------------------- confirmation

  /**
   * Stores the roadmap as read plus the reviewer's corrections (JSON rows of the review form:
   * {@code position}, {@code dueDate}, {@code executors}), with every occurrence of its items.
   * Everything that still lacks a date or an executor is named in one Russian message and
   * nothing is stored.
   */
  public Roadmap confirm(ParsedRoadmap parsed, ImportScope scope, Period period, String fileName, String correctionsJson,
      boolean includePast, String by, Instant now) {
    Map<Integer, Correction> corrections = corrections(correctionsJson, parsed.items().size());
    Organization owner = scope.owner();
    ZoneId zone = owner.getMunicipality().getTimeZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    List<String> errors = new ArrayList<>();

    Roadmap roadmap = new Roadmap(owner.getMunicipality(), owner, scope.scope(),
        limit(title(parsed, fileName), 4000, "Название дорожной карты", errors),
        fileName == null ? null : RoadmapTexts.shorten(fileName, 300), period.start(), period.end(), leadDays, by, now);
    for (ParsedSection section : parsed.sections()) {
      roadmap.getSections().add(new RoadmapSection(limit(section.number(), 100, "Номер раздела", errors),
          limit(section.title() == null ? "" : section.title(), 4000, "Название раздела", errors)));
    }
    for (ParseWarning warning : parsed.warnings()) {
      roadmap.getWarnings().add(new RoadmapWarning(warning.row(), RoadmapTexts.shorten(warning.message(), 4000)));
    }

    List<PendingItem> pending = new ArrayList<>();
    for (int i = 0; i < parsed.items().size(); i++) {
      ParsedItem source = parsed.items().get(i);
      Correction correction = corrections.get(i + 1);
      String label = "№ " + (source.number() == null ? "—" : source.number()) + " (строка " + source.row() + ")";
      int errorsBefore = errors.size();

      Set<ResponsibleBody> bodies = source.responsible().bodies();
      boolean bodiesByReviewer = false;
      if (correction != null && !correction.executors().isEmpty() && !correction.executors().equals(bodies)) {
        bodies = correction.executors();
        bodiesByReviewer = true;
      }
      if (bodies.isEmpty()) {
        errors.add(label + ": отметьте исполнителя");
      }

      Deadline deadline = source.deadline();
      DeadlineKind kind = deadline.kind();
      LocalDate start = deadline.start();
      List<LocalDate> dueDates = deadline.dueDates();
      boolean dateByReviewer = false;
      if (correction != null && correction.dueDate() != null) {
        LocalDate date = correction.dueDate();
        if (date.isBefore(period.start()) || date.isAfter(period.end())) {
          errors.add(label + ": дата " + RoadmapTexts.date(date) + " вне периода дорожной карты");
        }
        kind = DeadlineKind.DATE;
        start = null;
        dueDates = List.of(date);
        dateByReviewer = true;
      } else if (kind == DeadlineKind.UNKNOWN || (DATED.contains(kind) && dueDates.isEmpty())) {
        errors.add(label + ": укажите дату исполнения (срок «" + RoadmapTexts.shorten(deadline.text(), 100) + "» не прочитан)");
      }

      String title = limit(source.title() == null || source.title().isBlank() ? "(без названия)" : source.title(),
          20000, "Мероприятие " + label, errors);
      String result = limit(source.expectedResult(), 20000, "Ожидаемый результат " + label, errors);
      if (errors.size() > errorsBefore) {
        continue;
      }
      RoadmapItem item = new RoadmapItem(roadmap, i + 1, limit(source.number(), 100, "Номер " + label, errors),
          limit(source.section(), 4000, "Раздел " + label, errors), title, source.row());
      item.deadline(limit(deadline.text(), 4000, "Срок " + label, errors), kind, start, dateByReviewer);
      boolean fanOut = scope.scope() == RoadmapScope.MUNICIPALITY && bodies.contains(ResponsibleBody.ORGANIZATIONS);
      item.responsible(limit(source.responsible().text(), 4000, "Исполнитель " + label, errors), bodies, fanOut,
          bodiesByReviewer);
      item.result(result, source.indicators().stream().map(x -> new ItemIndicator(x.year(), x.target()))
          .collect(Collectors.toMap(ItemIndicator::getYear, x -> x, (a, b) -> a, LinkedHashMap::new)).values().stream().toList());
      List<ResponsibleTargets.Target> itemTargets;
      try {
        itemTargets = targets.of(bodies, scope.scope(), owner, label);
      } catch (BusinessRuleException e) {
        errors.add(e.getMessage());
        continue;
      }
      pending.add(new PendingItem(item, itemTargets,
          RoadmapPlanner.plan(kind, start, dueDates, period.start(), period.end(), leadDays, zone, now)));
    }
    if (!errors.isEmpty()) {
      throw new BusinessRuleException("corrections", "Дорожная карта не сохранена: "
          + RoadmapTexts.shorten(String.join("; ", errors), 3000));
    }

    roadmaps.save(roadmap);
    for (PendingItem p : pending) {
      items.save(p.item());
      for (RoadmapPlanner.Planned planned : p.planned()) {
        for (ResponsibleTargets.Target target : p.targets()) {
          RoadmapOccurrence occurrence = new RoadmapOccurrence(p.item(), target.organization(), planned.kind(),
              target.responsibleGroup(), target.escalationGroup(), planned.startsOn(), planned.dueDate(), planned.activateAt());
          if (!includePast && planned.dueDate() != null && planned.dueDate().isBefore(today)) {
            occurrence.skip();
          }
          occurrences.save(occurrence);
        }
      }
    }
    return roadmap;
  }

  private record PendingItem(RoadmapItem item, List<ResponsibleTargets.Target> targets, List<RoadmapPlanner.Planned> planned) {}

  /** One row the reviewer completed. */
  record Correction(LocalDate dueDate, Set<ResponsibleBody> executors) {}

  static Map<Integer, Correction> corrections(String json, int itemCount) {
    Map<Integer, Correction> result = new LinkedHashMap<>();
    if (json == null || json.isBlank() || "null".equals(json.trim())) {
      return result;
    }
    JsonNode rows;
    try {
      rows = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BusinessRuleException("corrections", "Не удалось прочитать исправления формы");
    }
    if (!rows.isArray()) {
      throw new BusinessRuleException("corrections", "Исправления формы должны быть списком строк");
    }
    for (JsonNode row : rows) {
      JsonNode positionNode = row.get("position");
      int position;
      try {
        position = positionNode == null ? -1 : Integer.parseInt(positionNode.asText().trim());
      } catch (NumberFormatException e) {
        position = -1;
      }
      if (position < 1 || position > itemCount) {
        throw new BusinessRuleException("corrections", "Строка исправлений ссылается на несуществующее мероприятие");
      }
      JsonNode dateNode = row.get("dueDate");
      LocalDate date = dateNode == null || dateNode.isNull() ? null : date(dateNode.asText(), "corrections", "исполнения");
      Set<ResponsibleBody> bodies = EnumSet.noneOf(ResponsibleBody.class);
      JsonNode executors = row.get("executors");
      if (executors != null && executors.isArray()) {
        for (JsonNode executor : executors) {
          try {
            bodies.add(ResponsibleBody.valueOf(executor.asText().trim()));
          } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("corrections", "Неизвестный исполнитель «" + executor.asText() + "»");
          }
        }
      }
      result.put(position, new Correction(date, bodies));
    }
    return result;
  }

  private static String title(ParsedRoadmap parsed, String fileName) {
    if (parsed.title() != null && !parsed.title().isBlank()) {
      return parsed.title().trim();
    }
    return fileName == null || fileName.isBlank() ? "Дорожная карта" : fileName;
  }

  private static String label(ParsedItem item) {
    return item.number() == null ? item.title() : item.number() + " " + item.title();
  }

  private static String limit(String text, int max, String what, List<String> errors) {
    if (text != null && text.length() > max) {
      errors.add(what + ": текст длиннее " + max + " символов — сократите его в документе");
    }
    return text;
  }

  /** A date from a form: {@code 2026-09-01}, {@code 2026-09-01T00:00:00}, {@code 01.09.2026} or a {@link java.util.Date}. */
  static LocalDate date(Object value, String field, String what) {
    return FormDates.parse(value, field, "Дата " + what, ZoneId.of("UTC"));
  }

}
