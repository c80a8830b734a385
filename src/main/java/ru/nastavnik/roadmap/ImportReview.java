package ru.nastavnik.roadmap;

import java.util.List;
import java.util.Map;

/**
 * What the import review shows: the figures of the document ({@code summary}), the items and the
 * warnings as table rows, and the rows the reviewer has to complete (dates and executors that
 * could not be read), each pre-filled with what was read.
 */
public record ImportReview(Map<String, Object> summary, List<Map<String, Object>> items, List<Map<String, Object>> warnings,
    List<Map<String, Object>> corrections) {}
