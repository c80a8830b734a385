package ru.nastavnik.roadmap.parse;

import java.util.List;

/** A table row on one page (a band between two horizontal borders), or a paragraph of free text. */
final class PdfEntry {
  final float top;
  final PdfUnit paragraph;
  final List<PdfUnit> cells;
  final List<Float> edges;
  int table;
  List<Float> columns;
  boolean pageNumber;

  PdfEntry(float top, PdfUnit paragraph) {
    this.top = top;
    this.paragraph = paragraph;
    this.cells = null;
    this.edges = null;
  }

  PdfEntry(float top, List<PdfUnit> cells, List<Float> edges) {
    this.top = top;
    this.paragraph = null;
    this.cells = cells;
    this.edges = edges;
  }

  boolean band() {
    return cells != null;
  }
}
