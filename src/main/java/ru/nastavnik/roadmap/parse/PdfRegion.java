package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;

/** Tables found on one page: their bands and the glyphs in each cell. */
final class PdfRegion {
  float left = Float.MAX_VALUE;
  float right = -Float.MAX_VALUE;
  float top = Float.MAX_VALUE;
  float bottom = -Float.MAX_VALUE;
  final List<PdfSegment> horizontals = new ArrayList<>();
  final List<PdfSegment> verticals = new ArrayList<>();
  /** Top and bottom of each row band, and the vertical borders crossing it. */
  final List<float[]> bands = new ArrayList<>();
  final List<List<Float>> bandEdges = new ArrayList<>();
  List<Float> columns;
  List<List<List<PdfGlyph>>> glyphs;

  boolean contains(float x, float y) {
    return x >= left - 0.5f && x <= right + 0.5f && y >= top - 0.5f && y <= bottom + 0.5f;
  }
}
