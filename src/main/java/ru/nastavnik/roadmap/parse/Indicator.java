package ru.nastavnik.roadmap.parse;

/** A yearly target of an item (показатель реализации): {@code 2026 г. – 60} is year 2026, target 60. */
public record Indicator(int year, int target) {}
