package ru.nastavnik.roadmap.parse;

/** A ruling line of a PDF page: horizontal ({@code at} = y, from {@code from} to {@code to} along x) or vertical. */
final class PdfSegment {
  final boolean horizontal;
  float at;
  float from;
  float to;

  PdfSegment(boolean horizontal, float at, float from, float to) {
    this.horizontal = horizontal;
    this.at = at;
    this.from = Math.min(from, to);
    this.to = Math.max(from, to);
  }
}
