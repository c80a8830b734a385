package ru.nastavnik.roadmap;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * How a roadmap stands: per item its due dates, how many occurrences are done, open and overdue,
 * and plan against fact of each yearly indicator. For an item done by every organization the fact
 * is the number of organizations that did everything due that year; otherwise the sum of the
 * values the responsible recorded.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapProgressService {

  private final RoadmapRepository roadmaps;
  private final RoadmapItemRepository items;
  private final RoadmapOccurrenceRepository occurrences;
  private final OrganizationAccess access;

  private final RoadmapFacts facts;
  private final java.time.Clock clock;

  RoadmapProgressService(RoadmapRepository roadmaps, RoadmapItemRepository items, RoadmapOccurrenceRepository occurrences,
      OrganizationAccess access, RoadmapFacts facts, java.time.Clock clock) {
    this.facts = facts;
    this.clock = clock;
    this.roadmaps = roadmaps;
    this.items = items;
    this.occurrences = occurrences;
    this.access = access;
  }

  /** Roadmaps the user may follow (see {@link #canSee}). */
  public List<RoadmapSummary> list(CurrentUser user) {
    return roadmaps.findAllByOrderByImportedAtDesc().stream().filter(r -> canSee(user, r))
        .map(r -> new RoadmapSummary(r.getId(), r.getTitle(), r.getScope(), r.getMunicipality().getName(),
            r.getOrganization().getShortName(), r.getPeriodStart(), r.getPeriodEnd(), r.getStatus(), r.getStatus().title(),
            r.getImportedBy(), r.getImportedAt(), r.getWarnings().size()))
        .toList();
  }

  /** The progress of a roadmap the user may follow. */
  public RoadmapProgress progress(CurrentUser user, Long roadmapId) {
    Roadmap roadmap = roadmaps.findDetailedById(roadmapId)
        .orElseThrow(() -> new NotFoundException("Дорожная карта № " + roadmapId + " не найдена"));
    if (!canSee(user, roadmap)) {
      throw new ForbiddenException("Нет доступа к дорожной карте № " + roadmapId);
    }
    List<RoadmapItem> roadmapItems = items.findByRoadmapIdOrderBySortOrder(roadmapId);
    Map<Long, List<RoadmapOccurrence>> byItem = new LinkedHashMap<>();
    roadmapItems.forEach(item -> byItem.put(item.getId(), new ArrayList<>()));
    if (!roadmapItems.isEmpty()) {
      occurrences.findByItemIdInOrderByDueDateAscIdAsc(byItem.keySet())
          .forEach(o -> byItem.get(o.getItem().getId()).add(o));
    }
    List<ItemProgress> itemProgress = new ArrayList<>();
    List<RoadmapOccurrence> all = new ArrayList<>();
    for (RoadmapItem item : roadmapItems) {
      List<RoadmapOccurrence> list = byItem.get(item.getId());
      all.addAll(list);
      itemProgress.add(new ItemProgress(item.getId(), item.getNumber(), item.getSection(), item.getTitle(),
          new DeadlineView(item.getDeadlineText(), item.getDeadlineKind().name(), item.getDeadlineStart()),
          new ResponsibleView(item.getResponsibleText(), item.isFanOut(),
              item.getResponsibleBodies().stream().map(Enum::name).toList()),
          list.stream().map(RoadmapOccurrence::getDueDate).filter(Objects::nonNull)
              .collect(Collectors.toCollection(TreeSet::new)).stream().toList(),
          counts(list), item.getSystemFact() == null ? indicators(item, list) : systemIndicators(item, roadmap),
          item.getSystemFact() == null ? null : new SystemFactView(item.getSystemFact().name(), item.getSystemFact().title())));
    }
    return new RoadmapProgress(roadmap.getId(), roadmap.getTitle(), roadmap.getScope(), roadmap.getMunicipality().getName(),
        roadmap.getOrganization().getShortName(), roadmap.getPeriodStart(), roadmap.getPeriodEnd(), roadmap.getStatus(),
        roadmap.getStatus().title(), counts(all), itemProgress,
        roadmap.getWarnings().stream().map(w -> new WarningView(w.getRow(), w.getMessage())).toList(),
        roadmap.getApprovals().stream().map(a -> new ApprovalView(a.getKind().name(), a.getDocumentKind(), a.getBody(),
            a.getDate(), a.getNumber(), a.getAnnex(), a.getSignatoryPosition(), a.getSignatoryName(), a.describe())).toList(),
        roadmap.getDocumentOwner(), roadmap.isOwnerConfirmed());
  }

  /**
   * The municipality's staff follow every roadmap of it; a school's curator and director their
   * school's own and every roadmap whose items their school executes (a municipal one fanned out to it).
   */
  private boolean canSee(CurrentUser user, Roadmap roadmap) {
    return access.isMunicipalStaff(user, roadmap.getMunicipality())
        || (roadmap.getScope() == RoadmapScope.ORGANIZATION && access.canSeePeopleOf(user, roadmap.getOrganization()))
        || occurrences.executingOrganizations(roadmap.getId()).stream().anyMatch(o -> access.canSeePeopleOf(user, o));
  }

  static Counts counts(List<RoadmapOccurrence> list) {
    Map<OccurrenceStatus, Long> by = new EnumMap<>(OccurrenceStatus.class);
    list.forEach(o -> by.merge(o.getStatus(), 1L, Long::sum));
    long late = list.stream().filter(o -> o.getStatus() == OccurrenceStatus.DONE && o.isLate()).count();
    return new Counts(list.size(), by.getOrDefault(OccurrenceStatus.PLANNED, 0L),
        by.getOrDefault(OccurrenceStatus.AWAITING_DATE, 0L), by.getOrDefault(OccurrenceStatus.OPEN, 0L),
        by.getOrDefault(OccurrenceStatus.OVERDUE, 0L), by.getOrDefault(OccurrenceStatus.DONE, 0L), late,
        by.getOrDefault(OccurrenceStatus.SKIPPED, 0L), by.getOrDefault(OccurrenceStatus.CANCELLED, 0L));
  }

  /**
   * Plan and fact of an item linked to a fact of the system: the fact counted live over the
   * indicator's calendar year (up to now) in the roadmap's organizations — organizations that have
   * it for an item done by every organization, the count in the fact's unit otherwise.
   */
  private List<IndicatorProgress> systemIndicators(RoadmapItem item, Roadmap roadmap) {
    java.time.ZoneId zone = roadmap.getMunicipality().getTimeZone();
    Instant now = clock.instant();
    List<IndicatorProgress> result = new ArrayList<>();
    for (ItemIndicator indicator : item.getIndicators()) {
      Instant from = LocalDate.of(indicator.getYear(), 1, 1).atStartOfDay(zone).toInstant();
      Instant until = LocalDate.of(indicator.getYear() + 1, 1, 1).atStartOfDay(zone).toInstant();
      if (from.isAfter(now)) {
        result.add(new IndicatorProgress(indicator.getYear(), indicator.getTarget(), 0, "SYSTEM"));
        continue;
      }
      RoadmapFacts.Presence presence = facts.presence(item.getSystemFact(), roadmap.getOrganization(), from,
          until.isAfter(now) ? now : until);
      result.add(new IndicatorProgress(indicator.getYear(), indicator.getTarget(),
          item.isFanOut() ? presence.organizationsWithFact() : presence.count(), "SYSTEM"));
    }
    return result;
  }

  static List<IndicatorProgress> indicators(RoadmapItem item, List<RoadmapOccurrence> list) {
    List<IndicatorProgress> result = new ArrayList<>();
    for (ItemIndicator indicator : item.getIndicators()) {
      int year = indicator.getYear();
      List<RoadmapOccurrence> ofYear = list.stream()
          .filter(o -> o.getDueDate() != null && o.getDueDate().getYear() == year && o.getStatus() != OccurrenceStatus.SKIPPED)
          .toList();
      int fact;
      if (item.isFanOut()) {
        Map<Long, List<RoadmapOccurrence>> byOrganization = ofYear.stream()
            .filter(o -> o.getOrganization().getKind().isEducational())
            .collect(Collectors.groupingBy(o -> o.getOrganization().getId()));
        fact = (int) byOrganization.values().stream()
            .filter(os -> os.stream().allMatch(o -> o.getStatus() == OccurrenceStatus.DONE)).count();
      } else {
        fact = ofYear.stream().filter(o -> o.getStatus() == OccurrenceStatus.DONE && o.getIndicatorValue() != null)
            .mapToInt(RoadmapOccurrence::getIndicatorValue).sum();
      }
      result.add(new IndicatorProgress(year, indicator.getTarget(), fact, item.isFanOut() ? "ORGANIZATIONS_DONE" : "RECORDED_VALUES"));
    }
    return result;
  }

  /** A roadmap in the list. */
  public record RoadmapSummary(Long id, String title, RoadmapScope scope, String municipality, String organization,
      LocalDate periodStart, LocalDate periodEnd, RoadmapStatus status, String statusTitle, String importedBy,
      Instant importedAt, int warnings) {}

  /**
   * The progress of a roadmap, with the approval blocks of its document, whose roadmap the document
   * says it is ({@code documentOwner}) and whether the reviewer confirmed it though it named another.
   */
  public record RoadmapProgress(Long id, String title, RoadmapScope scope, String municipality, String organization,
      LocalDate periodStart, LocalDate periodEnd, RoadmapStatus status, String statusTitle, Counts totals,
      List<ItemProgress> items, List<WarningView> warnings, List<ApprovalView> approvals, String documentOwner,
      boolean ownerConfirmed) {}

  /** An approval block: the approving document or the signatory, and the block in one line ({@code description}). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ApprovalView(String kind, String documentKind, String body, LocalDate date, String number, String annex,
      String signatoryPosition, String signatoryName, String description) {}

  /** One item: its due dates, counts of occurrences and indicators. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ItemProgress(Long itemId, String number, String section, String title, DeadlineView deadline,
      ResponsibleView responsible, List<LocalDate> dueDates, Counts counts, List<IndicatorProgress> indicators,
      SystemFactView systemFact) {}

  /** The fact of the system an item is closed by (null: the responsible reports). */
  public record SystemFactView(String fact, String title) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record DeadlineView(String text, String kind, LocalDate start) {}

  public record ResponsibleView(String text, boolean fanOut, List<String> bodies) {}

  /**
   * Occurrences by state: {@code open} are in work before their deadline (or waiting for their
   * date), {@code overdue} past it, {@code done} includes the {@code late} ones, {@code cancelled}
   * were left undone when the roadmap was withdrawn.
   */
  public record Counts(long total, long planned, long awaitingDate, long open, long overdue, long done, long late,
      long skipped, long cancelled) {}

  /** Plan and fact of a year; {@code factSource} says how the fact was counted. */
  public record IndicatorProgress(int year, int target, int fact, String factSource) {}

  public record WarningView(int row, String message) {}
}
