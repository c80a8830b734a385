package ru.nastavnik.roadmap.parse;

/**
 * A section (раздел) or a stage (этап) of a roadmap. {@code number} is kept as written
 * ({@code "1."}, {@code "II"}, {@code "5.1."}) and is {@code null} for a section without a number.
 */
public record ParsedSection(String number, String title) {}
