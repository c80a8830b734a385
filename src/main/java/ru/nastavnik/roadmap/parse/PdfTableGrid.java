package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The table grid of a PDF page rebuilt from its ruling lines: collinear pieces are merged, lines
 * that touch are grouped into tables, and each table is cut into row bands and cells.
 */
final class PdfTableGrid {

  /** Coordinates closer than this (points) are the same line or edge. */
  static final float EPS = 2.5f;

  private PdfTableGrid() {}

  /**
   * Tables of a page from its lines: lines that touch form a region; a region with at least two
   * horizontal and two vertical borders is a table, its horizontal borders are the row boundaries,
   * and each row's cells are between the vertical borders crossing that row.
   */
  static List<PdfRegion> regions(List<PdfSegment> raw, PDRectangle crop) {
    List<PdfSegment> horizontals = merge(raw, true);
    List<PdfSegment> verticals = merge(raw, false);
    // A horizontal line is a border only where a vertical one meets it (underlines and rules are not).
    List<PdfSegment> borders = new ArrayList<>();
    for (PdfSegment h : horizontals) {
      if (touches(h, verticals)) {
        borders.add(h);
      }
    }
    for (PdfSegment v : verticals) {
      if (touches(v, horizontals)) {
        borders.add(v);
      }
    }
    // connected components
    int n = borders.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        PdfSegment a = borders.get(i);
        PdfSegment b = borders.get(j);
        if (a.horizontal != b.horizontal && crosses(a.horizontal ? a : b, a.horizontal ? b : a)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<PdfRegion> regions = new ArrayList<>();
    java.util.Map<Integer, PdfRegion> byRoot = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      PdfSegment s = borders.get(i);
      PdfRegion r = byRoot.computeIfAbsent(find(parent, i), k -> {
        PdfRegion created = new PdfRegion();
        regions.add(created);
        return created;
      });
      if (s.horizontal) {
        r.horizontals.add(s);
        r.left = Math.min(r.left, s.from);
        r.right = Math.max(r.right, s.to);
        r.top = Math.min(r.top, s.at);
        r.bottom = Math.max(r.bottom, s.at);
      } else {
        r.verticals.add(s);
        r.top = Math.min(r.top, s.from);
        r.bottom = Math.max(r.bottom, s.to);
        r.left = Math.min(r.left, s.at);
        r.right = Math.max(r.right, s.at);
      }
    }
    List<PdfRegion> tables = new ArrayList<>();
    for (PdfRegion r : regions) {
      if (r.horizontals.size() < 2 || r.verticals.size() < 2 || r.right - r.left < 20 || r.bottom - r.top < 5) {
        continue;
      }
      List<Float> rows = cluster(r.horizontals.stream().map(h -> h.at).toList());
      List<Float> all = new ArrayList<>();
      for (int b = 0; b < rows.size() - 1; b++) {
        float top = rows.get(b);
        float bottom = rows.get(b + 1);
        float mid = (top + bottom) / 2;
        List<Float> xs = new ArrayList<>();
        for (PdfSegment v : r.verticals) {
          if (v.from <= mid && v.to >= mid) {
            xs.add(v.at);
          }
        }
        List<Float> edges = cluster(xs);
        // a double border, or the gap between two tables drawn close together, is not a row
        if (bottom - top >= EPS && edges.size() >= 2) {
          r.bands.add(new float[] {top, bottom});
          r.bandEdges.add(edges);
          all.addAll(edges);
        }
      }
      if (r.bands.isEmpty()) {
        continue;
      }
      r.columns = cluster(all);
      tables.add(r);
    }
    tables.sort(Comparator.comparingDouble(r -> r.top));
    return tables;
  }

  /** Collinear pieces of lines that overlap or nearly touch become one line. */
  private static List<PdfSegment> merge(List<PdfSegment> raw, boolean horizontal) {
    List<PdfSegment> list = new ArrayList<>();
    for (PdfSegment s : raw) {
      if (s.horizontal == horizontal) {
        list.add(new PdfSegment(horizontal, s.at, s.from, s.to));
      }
    }
    list.sort(Comparator.<PdfSegment>comparingDouble(s -> s.at).thenComparingDouble(s -> s.from));
    List<PdfSegment> merged = new ArrayList<>();
    for (PdfSegment s : list) {
      PdfSegment last = null;
      for (int i = merged.size() - 1; i >= 0 && merged.get(i).at >= s.at - 1f; i--) {
        PdfSegment m = merged.get(i);
        if (Math.abs(m.at - s.at) <= 1f && s.from <= m.to + EPS) {
          last = m;
          break;
        }
      }
      if (last != null) {
        last.to = Math.max(last.to, s.to);
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static boolean touches(PdfSegment s, List<PdfSegment> others) {
    boolean fromTouched = false;
    boolean toTouched = false;
    for (PdfSegment o : others) {
      if (o.from - EPS <= s.at && o.to + EPS >= s.at) {
        if (Math.abs(o.at - s.from) <= EPS) {
          fromTouched = true;
        }
        if (Math.abs(o.at - s.to) <= EPS) {
          toTouched = true;
        }
      }
    }
    return fromTouched || toTouched;
  }

  private static boolean crosses(PdfSegment h, PdfSegment v) {
    return v.at >= h.from - EPS && v.at <= h.to + EPS && h.at >= v.from - EPS && h.at <= v.to + EPS;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Sorted values with those closer than {@link #EPS} merged. */
  private static List<Float> cluster(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> result = new ArrayList<>();
    for (Float v : sorted) {
      if (result.isEmpty() || v - result.get(result.size() - 1) > EPS) {
        result.add(v);
      }
    }
    return result;
  }
}
