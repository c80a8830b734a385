package ru.nastavnik.roadmap;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.roadmap.RoadmapImportService.Period;
import ru.nastavnik.roadmap.RoadmapImportService.Upload;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.NotFoundException;

/**
 * A new edition of a running roadmap's document: items matched by number and text keep their
 * history, removed ones and changed deadlines cancel what is undone, new ones are planned.
 */
@Service
@Transactional
class RoadmapEditions {

  private final RoadmapRepository roadmaps;
  private final RoadmapItemRepository items;
  private final RoadmapOccurrenceRepository occurrences;
  private final RoadmapImportService imports;
  private final RoadmapItemPlanning planning;

  RoadmapEditions(RoadmapRepository roadmaps, RoadmapItemRepository items, RoadmapOccurrenceRepository occurrences,
      RoadmapImportService imports, RoadmapItemPlanning planning) {
    this.roadmaps = roadmaps;
    this.items = items;
    this.occurrences = occurrences;
    this.imports = imports;
    this.planning = planning;
  }

  /**
   * What a new edition changed: items kept as they were, with a new deadline, added and removed;
   * the occurrences cancelled and the processes of those that were running (to be ended).
   */
  public record Edition(int kept, int moved, int added, int removed, int cancelled, List<String> processesToEnd) {}

  private static final Set<OccurrenceStatus> UNDONE = EnumSet.of(OccurrenceStatus.PLANNED, OccurrenceStatus.AWAITING_DATE,
      OccurrenceStatus.OPEN, OccurrenceStatus.OVERDUE);

  /**
   * Replaces a running roadmap by a new edition of its document, read for the same period. Items
   * are matched by number and text: a removed item's undone occurrences are cancelled («Исключено
   * новой редакцией …»), a kept item whose deadline changed has its undone occurrences cancelled
   * («Срок изменён новой редакцией …») and planned anew, a new item is planned; done and cancelled
   * occurrences stay as history. An edition with an unreadable date or executor changes nothing.
   */
  public Edition edition(Long roadmapId, Upload upload, CurrentUser user, Instant now) {
    Roadmap roadmap = roadmaps.findDetailedById(roadmapId)
        .orElseThrow(() -> new NotFoundException("Дорожная карта № " + roadmapId + " не найдена"));
    RoadmapExecutionService.requireRunningAndManaged(roadmap, user, "Заменить");
    Period period = new Period(roadmap.getPeriodStart(), roadmap.getPeriodEnd());
    ParsedRoadmap parsed = imports.read(upload, period);
    ImportScope scope = new ImportScope(roadmap.getScope(), roadmap.getOrganization(), null);
    ZoneId zone = roadmap.getMunicipality().getTimeZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    String date = RoadmapTexts.date(today);

    List<RoadmapItem> existing = items.findByRoadmapIdOrderBySortOrder(roadmapId);
    int nextPosition = existing.stream().mapToInt(RoadmapItem::getSortOrder).max().orElse(0);
    List<String> errors = new ArrayList<>();
    List<RoadmapItemPlanning.PendingItem> pending = new ArrayList<>();
    for (int i = 0; i < parsed.items().size(); i++) {
      RoadmapItemPlanning.PendingItem item = planning.pendingItem(parsed.items().get(i), ++nextPosition, null, roadmap, scope, period, zone, now, errors);
      if (item != null) {
        pending.add(item);
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessRuleException("roadmapFile", "Новая редакция не принята: "
          + RoadmapTexts.shorten(String.join("; ", errors), 3000));
    }

    Map<Long, List<RoadmapOccurrence>> undone = new LinkedHashMap<>();
    occurrences.findUndone(roadmapId, UNDONE).forEach(o -> undone.computeIfAbsent(o.getItem().getId(), k -> new ArrayList<>()).add(o));
    Map<String, RoadmapItem> byKey = new LinkedHashMap<>();
    existing.forEach(item -> byKey.putIfAbsent(key(item.getNumber(), item.getTitle()), item));
    List<String> processes = new ArrayList<>();
    int kept = 0;
    int moved = 0;
    int added = 0;
    int cancelled = 0;
    for (RoadmapItemPlanning.PendingItem p : pending) {
      RoadmapItem fresh = p.item();
      RoadmapItem old = byKey.remove(key(fresh.getNumber(), fresh.getTitle()));
      if (old == null) {
        items.save(fresh);
        planning.plan(p, fresh, false, today);
        added++;
      } else if (sameDeadline(old, fresh)) {
        kept++;
      } else {
        cancelled += cancel(undone.getOrDefault(old.getId(), List.of()), "Срок изменён новой редакцией от " + date, processes);
        old.deadline(fresh.getDeadlineText(), fresh.getDeadlineKind(), fresh.getDeadlineStart(), false);
        planning.plan(p, old, false, today);
        moved++;
      }
    }
    for (RoadmapItem removed : byKey.values()) {
      cancelled += cancel(undone.getOrDefault(removed.getId(), List.of()), "Исключено новой редакцией от " + date, processes);
    }
    return new Edition(kept, moved, added, byKey.size(), cancelled, processes);
  }

  private static int cancel(List<RoadmapOccurrence> list, String reason, List<String> processes) {
    for (RoadmapOccurrence occurrence : list) {
      occurrence.cancel(reason);
      if (occurrence.getProcessInstanceId() != null) {
        processes.add(occurrence.getProcessInstanceId());
      }
    }
    return list.size();
  }

  /** Items are the same when their number and text are, letter case and spacing aside. */
  private static String key(String number, String title) {
    String n = number == null ? "" : number.replaceAll("[\\s.]+$", "").trim();
    return n + "|" + (title == null ? "" : title.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").trim());
  }

  private static boolean sameDeadline(RoadmapItem old, RoadmapItem fresh) {
    return old.getDeadlineKind() == fresh.getDeadlineKind()
        && java.util.Objects.equals(old.getDeadlineStart(), fresh.getDeadlineStart())
        && RoadmapTexts.shorten(old.getDeadlineText(), 4000).equalsIgnoreCase(RoadmapTexts.shorten(fresh.getDeadlineText(), 4000));
  }
}
