package ru.nastavnik.roadmap;

import ru.nastavnik.organization.Organization;

/**
 * Whose roadmap is being imported: a municipal one (owned by the municipality's methodical
 * centre or department) or a school's own; and the group that reviews the import.
 */
public record ImportScope(RoadmapScope scope, Organization owner, String reviewerGroup) {}
