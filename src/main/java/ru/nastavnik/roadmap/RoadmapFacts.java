package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationRepository;

/**
 * Whether the fact an occurrence's item is linked to is there. An educational organization's
 * occurrence needs the fact in that organization; an occurrence of the municipality's own body
 * (department, methodical centre) needs a school fact in every educational organization of the
 * municipality, and a municipal fact ({@link SystemFact.Level#MUNICIPAL}) in any of its bodies.
 * Events count from the start of the occurrence's quarter (a continuous item's check-in) or of the
 * roadmap's period.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapFacts {

  private final FactSource source;
  private final RoadmapOccurrenceRepository occurrences;
  private final OrganizationRepository organizations;

  RoadmapFacts(FactSource source, RoadmapOccurrenceRepository occurrences, OrganizationRepository organizations) {
    this.source = source;
    this.occurrences = occurrences;
    this.organizations = organizations;
  }

  /** The fact of an occurrence: whether it is there and how much of it (in the fact's unit). */
  public record Presence(SystemFact fact, boolean there, int count, int organizations, int organizationsWithFact) {}

  public Presence presence(Long occurrenceId, Instant now) {
    RoadmapOccurrence occurrence = occurrences.findById(occurrenceId).orElseThrow();
    SystemFact fact = occurrence.getItem().getSystemFact();
    if (fact == null) {
      return new Presence(null, false, 0, 0, 0);
    }
    Roadmap roadmap = occurrence.getItem().getRoadmap();
    LocalDate fromDay = occurrence.getStartsOn() != null ? occurrence.getStartsOn() : roadmap.getPeriodStart();
    Instant from = fromDay.atStartOfDay(RoadmapDeadlines.zone(roadmap)).toInstant();
    return presence(fact, occurrence.getOrganization(), from, now);
  }

  /** The fact in {@code organization}'s terms (see the class comment) between two moments. */
  public Presence presence(SystemFact fact, Organization organization, Instant from, Instant until) {
    List<Organization> scope = scope(fact, organization);
    Map<Long, Integer> counts = source.counts(fact, scope.stream().map(Organization::getId).toList(), from, until);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int with = (int) scope.stream().filter(o -> counts.getOrDefault(o.getId(), 0) > 0).count();
    boolean there = fact.level() == SystemFact.Level.MUNICIPAL || organization.getKind().isEducational()
        ? total > 0 : !scope.isEmpty() && with == scope.size();
    return new Presence(fact, there, total, scope.size(), with);
  }

  /** Occurrences waiting for their fact (a batch), earliest due first. */
  public List<Long> waiting(int limit) {
    return occurrences.waitingForFact(OccurrenceStatus.DEADLINE_PENDING, PageRequest.of(0, limit));
  }

  private List<Organization> scope(SystemFact fact, Organization organization) {
    if (fact.level() == SystemFact.Level.SCHOOL && organization.getKind().isEducational()) {
      return List.of(organization);
    }
    List<Organization> all = organizations.findByMunicipalityIdOrderByName(organization.getMunicipality().getId());
    return fact.level() == SystemFact.Level.MUNICIPAL
        ? all.stream().filter(o -> !o.getKind().isEducational()).toList()
        : all.stream().filter(o -> o.getKind().isEducational()).toList();
  }
}
