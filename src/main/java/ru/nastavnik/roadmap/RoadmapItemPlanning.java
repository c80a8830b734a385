package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.roadmap.RoadmapImportService.Period;
import ru.nastavnik.roadmap.parse.Deadline;
import ru.nastavnik.roadmap.parse.DeadlineKind;
import ru.nastavnik.roadmap.parse.ParsedItem;
import ru.nastavnik.roadmap.parse.ResponsibleBody;
import ru.nastavnik.system.BusinessRuleException;

/**
 * Turns the items of a read document into items of a roadmap with their executors and occurrences
 * planned over the period, and stores the occurrences: what confirming an import and a new
 * edition share.
 */
@Component
class RoadmapItemPlanning {

  /** Deadline kinds that give dates. */
  static final Set<DeadlineKind> DATED = EnumSet.of(DeadlineKind.DATE, DeadlineKind.RANGE, DeadlineKind.RECURRING);

  private final RoadmapOccurrenceRepository occurrences;
  private final ResponsibleTargets targets;
  private final int leadDays;

  RoadmapItemPlanning(RoadmapOccurrenceRepository occurrences, ResponsibleTargets targets,
      @Value("${nastavnik.roadmap.lead-days:30}") int leadDays) {
    this.occurrences = occurrences;
    this.targets = targets;
    this.leadDays = leadDays;
  }

  /** Days before its date an occurrence becomes relevant. */
  int leadDays() {
    return leadDays;
  }

  /**
   * One item of a document as it is stored at {@code position} of {@code roadmap}, with its targets
   * and occurrences planned; null (and the reasons in {@code errors}) when it lacks a date or an executor.
   */
  PendingItem pendingItem(ParsedItem source, int position, Correction correction, Roadmap roadmap, ImportScope scope,
      Period period, ZoneId zone, Instant now, List<String> errors) {
    Organization owner = scope.owner();
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
      return null;
    }
    RoadmapItem item = new RoadmapItem(roadmap, position, limit(source.number(), 100, "Номер " + label, errors),
        limit(source.section(), 4000, "Раздел " + label, errors), title, source.row());
    item.deadline(limit(deadline.text(), 4000, "Срок " + label, errors), kind, start, dateByReviewer);
    boolean fanOut = scope.scope() == RoadmapScope.MUNICIPALITY && bodies.contains(ResponsibleBody.ORGANIZATIONS);
    item.responsible(limit(source.responsible().text(), 4000, "Исполнитель " + label, errors), bodies, fanOut,
        bodiesByReviewer);
    item.result(result, source.indicators().stream().map(x -> new ItemIndicator(x.year(), x.target()))
        .collect(Collectors.toMap(ItemIndicator::getYear, x -> x, (a, b) -> a, LinkedHashMap::new)).values().stream().toList());
    List<ResponsibleTargets.Target> itemTargets;
    try {
      itemTargets = targets.of(bodies, source.responsible().text(), scope.scope(), owner, label);
    } catch (BusinessRuleException e) {
      errors.add(e.getMessage());
      return null;
    }
    return new PendingItem(item, itemTargets,
        RoadmapPlanner.plan(kind, start, dueDates, period.start(), period.end(), leadDays, zone, now));
  }

  record PendingItem(RoadmapItem item, List<ResponsibleTargets.Target> targets, List<RoadmapPlanner.Planned> planned) {}

  /** One row the reviewer completed. */
  record Correction(LocalDate dueDate, Set<ResponsibleBody> executors) {}

  /** Stores the occurrences of {@code p} for {@code item}; those due before today are skipped unless {@code includePast}. */
  void plan(PendingItem p, RoadmapItem item, boolean includePast, LocalDate today) {
    for (RoadmapPlanner.Planned planned : p.planned()) {
      for (ResponsibleTargets.Target target : p.targets()) {
        RoadmapOccurrence occurrence = new RoadmapOccurrence(item, target.organization(), planned.kind(),
            target.responsibleGroup(), target.escalationGroup(), planned.startsOn(), planned.dueDate(), planned.activateAt());
        if (!includePast && planned.dueDate() != null && planned.dueDate().isBefore(today)) {
          occurrence.skip();
        }
        occurrences.save(occurrence);
      }
    }
  }

  static String limit(String text, int max, String what, List<String> errors) {
    if (text != null && text.length() > max) {
      errors.add(what + ": текст длиннее " + max + " символов — сократите его в документе");
    }
    return text;
  }
}
