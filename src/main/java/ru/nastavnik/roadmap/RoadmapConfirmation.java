package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ru.nastavnik.operations.Durations;
import ru.nastavnik.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.roadmap.RoadmapImportService.Period;
import ru.nastavnik.roadmap.parse.ParseWarning;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.roadmap.parse.ParsedSection;
import ru.nastavnik.roadmap.parse.ResponsibleBody;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;

/**
 * Stores a reviewed roadmap on confirmation: the reviewer's title, dates and executors, the
 * approval blocks of the document and every occurrence of its items. Occurrences whose due date
 * had passed before the import are kept as skipped unless the reviewer asks to run them too.
 */
@Service
@Transactional
class RoadmapConfirmation {

  /** The longest title the reviewer may give a roadmap. */
  static final int MAX_TITLE = 500;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RoadmapRepository roadmaps;
  private final RoadmapItemRepository items;
  private final RoadmapItemPlanning planning;
  private final Durations durations;

  RoadmapConfirmation(RoadmapRepository roadmaps, RoadmapItemRepository items, RoadmapItemPlanning planning,
      Durations durations) {
    this.durations = durations;
    this.roadmaps = roadmaps;
    this.items = items;
    this.planning = planning;
  }

  /**
   * Stores the roadmap as read plus the reviewer's corrections (JSON rows of the review form:
   * {@code position}, {@code dueDate}, {@code executors}), with every occurrence of its items.
   * Everything that still lacks a date or an executor is named in one Russian message and
   * nothing is stored.
   */
  public Roadmap confirm(ParsedRoadmap parsed, ImportScope scope, Period period, String fileName, String correctionsJson,
      boolean includePast, String by, Instant now) {
    return confirm(parsed, scope, period, fileName, new Decision(null, false, correctionsJson, includePast, null), by, now);
  }

  /**
   * What the reviewer decided: the title ({@code null}: the document's), whether a document naming
   * another owner is theirs all the same, the corrections (JSON), whether past deadlines run and
   * the items linked to facts of the system (JSON rows {@code position}, {@code fact}; null: none).
   */
  public record Decision(String title, boolean ownerConfirmed, String correctionsJson, boolean includePast,
      String factLinksJson) {}

  /**
   * Stores the roadmap as {@link #confirm(ParsedRoadmap, ImportScope, Period, String, String, boolean, String, Instant)}
   * does, with the reviewer's title and the approval blocks of the document; a document naming
   * another owner needs {@link Decision#ownerConfirmed()}.
   */
  public Roadmap confirm(ParsedRoadmap parsed, ImportScope scope, Period period, String fileName, Decision decision,
      String by, Instant now) {
    return durations.record(Durations.Operation.IMPORT, "roadmap", () -> scope.owner().getCode(),
        () -> store(parsed, scope, period, fileName, decision, by, now));
  }

  /** {@link #confirm(ParsedRoadmap, ImportScope, Period, String, Decision, String, Instant)}, timed as {@code kind=roadmap}. */
  private Roadmap store(ParsedRoadmap parsed, ImportScope scope, Period period, String fileName, Decision decision,
      String by, Instant now) {
    String reviewedTitle = reviewedTitle(decision.title(), parsed, fileName);
    boolean foreign = RoadmapImportReviews.ownerWarning(parsed, scope) != null;
    if (foreign && !decision.ownerConfirmed()) {
      throw new BusinessRuleException("ownerConfirmed", "В документе указан другой владелец («"
          + RoadmapImportReviews.ownerText(parsed.owner()) + "»): отметьте «" + RoadmapImportReviews.OWNER_CONFIRMATION
          + "» или отмените загрузку");
    }
    boolean includePast = decision.includePast();
    Map<Integer, RoadmapItemPlanning.Correction> corrections = corrections(decision.correctionsJson(), parsed.items().size());
    Map<Integer, SystemFact> factLinks = factLinks(decision.factLinksJson(), parsed.items().size());
    Organization owner = scope.owner();
    ZoneId zone = owner.getMunicipality().getTimeZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    List<String> errors = new ArrayList<>();

    Roadmap roadmap = new Roadmap(owner.getMunicipality(), owner, scope.scope(),
        RoadmapItemPlanning.limit(reviewedTitle, 4000, "Название дорожной карты", errors),
        fileName == null ? null : RoadmapTexts.shorten(fileName, 300), period.start(), period.end(), planning.leadDays(), by, now);
    roadmap.owner(parsed.owner() == null ? null : RoadmapTexts.shorten(parsed.owner().text(), 1000), foreign);
    parsed.approvals().forEach(approval -> roadmap.getApprovals().add(new RoadmapApproval(approval)));
    for (ParsedSection section : parsed.sections()) {
      roadmap.getSections().add(new RoadmapSection(RoadmapItemPlanning.limit(section.number(), 100, "Номер раздела", errors),
          RoadmapItemPlanning.limit(section.title() == null ? "" : section.title(), 4000, "Название раздела", errors)));
    }
    for (ParseWarning warning : parsed.warnings()) {
      roadmap.getWarnings().add(new RoadmapWarning(warning.row(), RoadmapTexts.shorten(warning.message(), 4000)));
    }

    List<RoadmapItemPlanning.PendingItem> pending = new ArrayList<>();
    for (int i = 0; i < parsed.items().size(); i++) {
      RoadmapItemPlanning.PendingItem item = planning.pendingItem(parsed.items().get(i), i + 1, corrections.get(i + 1), roadmap, scope, period, zone, now,
          errors);
      if (item != null) {
        item.item().linkFact(factLinks.get(i + 1));
        pending.add(item);
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessRuleException("corrections", "Дорожная карта не сохранена: "
          + RoadmapTexts.shorten(String.join("; ", errors), 3000));
    }

    roadmaps.save(roadmap);
    for (RoadmapItemPlanning.PendingItem p : pending) {
      items.save(p.item());
      planning.plan(p, p.item(), includePast, today);
    }
    return roadmap;
  }

  /**
   * The roadmap's title: the one the reviewer gave (not blank, at most {@link #MAX_TITLE}
   * characters), or the document's when the form did not send one.
   */
  static String reviewedTitle(String submitted, ParsedRoadmap parsed, String fileName) {
    if (submitted == null) {
      return RoadmapImportReviews.title(parsed, fileName);
    }
    String title = submitted.replaceAll("\\s+", " ").trim();
    if (title.isEmpty()) {
      throw new BusinessRuleException("roadmapTitle", "Укажите название дорожной карты");
    }
    if (title.length() > MAX_TITLE) {
      throw new BusinessRuleException("roadmapTitle", "Название дорожной карты не длиннее " + MAX_TITLE
          + " символов (сейчас " + title.length() + "): сократите его");
    }
    return title;
  }

  /** The rows of a JSON list the review form sent ({@code what} names it in the refusal); none when not sent. */
  private static List<JsonNode> formRows(String json, String field, String what) {
    if (json == null || json.isBlank() || "null".equals(json.trim())) {
      return List.of();
    }
    JsonNode rows;
    try {
      rows = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BusinessRuleException(field, "Не удалось прочитать " + what);
    }
    if (!rows.isArray()) {
      throw new BusinessRuleException(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
          + " должны быть списком строк");
    }
    List<JsonNode> list = new ArrayList<>();
    rows.forEach(list::add);
    return list;
  }

  /** The review form's links of items to facts: position → fact (rows with no fact are left out). */
  static Map<Integer, SystemFact> factLinks(String json, int itemCount) {
    Map<Integer, SystemFact> result = new LinkedHashMap<>();
    for (JsonNode row : formRows(json, "factLinks", "связи мероприятий с данными системы")) {
      JsonNode positionNode = row.get("position");
      int position = positionNode != null && positionNode.canConvertToInt() ? positionNode.asInt() : -1;
      if (position < 1 || position > itemCount) {
        throw new BusinessRuleException("factLinks", "Связь с данными системы ссылается на несуществующее мероприятие");
      }
      JsonNode fact = row.get("fact");
      SystemFact.parse(fact == null || fact.isNull() ? null : fact.asText(), "factLinks")
          .ifPresent(linked -> result.put(position, linked));
    }
    return result;
  }

  static Map<Integer, RoadmapItemPlanning.Correction> corrections(String json, int itemCount) {
    Map<Integer, RoadmapItemPlanning.Correction> result = new LinkedHashMap<>();
    for (JsonNode row : formRows(json, "corrections", "исправления формы")) {
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
      LocalDate date = dateNode == null || dateNode.isNull() ? null : FormDates.parse(dateNode.asText(), "corrections", "Дата исполнения", ZoneId.of("UTC"));
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
      result.put(position, new RoadmapItemPlanning.Correction(date, bodies));
    }
    return result;
  }
}
