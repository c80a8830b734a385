package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.roadmap.RoadmapImportService.Period;
import ru.nastavnik.roadmap.parse.Deadline;
import ru.nastavnik.roadmap.parse.DeadlineKind;
import ru.nastavnik.roadmap.parse.Owner;
import ru.nastavnik.roadmap.parse.OwnerKind;
import ru.nastavnik.roadmap.parse.ParseWarning;
import ru.nastavnik.roadmap.parse.ParsedItem;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.roadmap.parse.ResponsibleBody;

/**
 * What the reviewer of an import sees before confirming: the figures, the items as read, the
 * warnings, the rows still to complete (no date or executor) and whether the document names
 * another owner. Nothing is stored.
 */
@Service
@Transactional(readOnly = true)
class RoadmapImportReviews {

  /** The checkbox a reviewer ticks to import a document that names another owner. */
  static final String OWNER_CONFIRMATION = "Я подтверждаю, что это дорожная карта нашей организации";

  private final ResponsibleTargets targets;
  private final RoadmapItemPlanning planning;

  RoadmapImportReviews(ResponsibleTargets targets, RoadmapItemPlanning planning) {
    this.targets = targets;
    this.planning = planning;
  }

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
      row.put("position", i + 1);
      row.put("fact", SystemFact.propose(item.title(), item.expectedResult()).map(Enum::name).orElse(null));
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
      if (RoadmapItemPlanning.DATED.contains(item.deadline().kind()) || item.deadline().kind() == DeadlineKind.CONTINUOUS) {
        int organizationsOfItem = organizationCount(item.responsible().bodies(), schools);
        for (RoadmapPlanner.Planned p : RoadmapPlanner.plan(item.deadline().kind(), item.deadline().start(),
            item.deadline().dueDates(), period.start(), period.end(), planning.leadDays(), zone, now)) {
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
    summary.put("title", RoadmapTexts.shorten(title(parsed, fileName), 4000));
    summary.put("titleMaxLength", RoadmapConfirmation.MAX_TITLE);
    summary.put("approvals", parsed.approvals().stream().map(a -> RoadmapTexts.approval(a.kind(), a.documentKind(), a.body(),
        a.date(), a.number(), a.annex(), a.signatoryPosition(), a.signatoryName(), a.text())).toList());
    summary.put("documentOwner", parsed.owner() == null ? null : ownerText(parsed.owner()));
    summary.put("ownerWarning", ownerWarning(parsed, scope));
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
    summary.put("facts", java.util.Arrays.stream(SystemFact.values())
        .map(f -> Map.<String, Object>of("value", f.name(), "title", f.title())).toList());
    summary.put("proposedFacts", itemRows.stream().filter(r -> r.get("fact") != null).count());
    summary.put("leadDays", planning.leadDays());
    return new ImportReview(summary, itemRows, warningRows, corrections);
  }

  /**
   * The warning of the review when the document names an owner (organization or municipality)
   * that is not the one importing it; null when it names none or the importing one.
   */
  static String ownerWarning(ParsedRoadmap parsed, ImportScope scope) {
    Owner owner = parsed.owner();
    if (owner == null) {
      return null;
    }
    Organization organization = scope.owner();
    Municipality municipality = organization.getMunicipality();
    List<String> names = scope.scope() == RoadmapScope.MUNICIPALITY
        ? List.of(municipality.getName(), organization.getName(), organization.getShortName())
        : owner.kind() == OwnerKind.MUNICIPALITY ? List.of(municipality.getName())
        : List.of(organization.getName(), organization.getShortName());
    if (names.stream().anyMatch(owner::matches)) {
      return null;
    }
    String ours = scope.scope() == RoadmapScope.MUNICIPALITY ? municipality.getName() : organization.getShortName();
    return "В документе указан владелец «" + ownerText(owner) + "», а дорожная карта загружается для «"
        + ours + "». Проверьте, что это ваш документ: чтобы утвердить его, отметьте «" + OWNER_CONFIRMATION + "».";
  }

  /** The owner as the review names it: a municipality in the nominative («Нижневартовск»), an organization as written. */
  static String ownerText(Owner owner) {
    String text = owner.kind() == OwnerKind.MUNICIPALITY && owner.name() != null && !owner.name().isBlank()
        ? owner.name() : owner.text();
    return RoadmapTexts.shorten(text, 300);
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
      text += scope.scope() == RoadmapScope.MUNICIPALITY ? " (все: " + schools + ")" : " (" + scope.owner().getShortName() + ": "
          + SchoolExecutors.of(item.responsible().text()).stream().map(SchoolExecutors.Role::title)
              .collect(Collectors.joining(", ")) + ")";
    }
    return text + " — «" + RoadmapTexts.shorten(item.responsible().text(), 300) + "»";
  }

  private static List<String> problems(ParsedItem item, Period period) {
    List<String> problems = new ArrayList<>();
    Deadline deadline = item.deadline();
    if (deadline.kind() == DeadlineKind.UNKNOWN) {
      problems.add("срок «" + RoadmapTexts.shorten(deadline.text(), 200) + "» не распознан — укажите дату исполнения");
    } else if (RoadmapItemPlanning.DATED.contains(deadline.kind()) && deadline.dueDates().isEmpty()) {
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

  static String title(ParsedRoadmap parsed, String fileName) {
    if (parsed.title() != null && !parsed.title().isBlank()) {
      return parsed.title().trim();
    }
    return fileName == null || fileName.isBlank() ? "Дорожная карта" : fileName;
  }

  private static String label(ParsedItem item) {
    return item.number() == null ? item.title() : item.number() + " " + item.title();
  }
}
