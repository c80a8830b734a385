package ru.nastavnik.roadmap.parse;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The lines drawn on a page (strokes and thin filled rectangles) in text coordinates. */
final class PdfRulingLines extends PDFGraphicsStreamEngine {
  /** A filled rectangle thinner than this is a drawn line. */
  private static final float THIN = 3f;

  final List<PdfSegment> segments = new ArrayList<>();
  int images;
  private final List<float[]> path = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private final float left;
  private final float top;
  private float[] start;
  private float[] current;
  private float[] currentRaw;

  private final float right;
  private final float bottom;
  private final int rotation;

  PdfRulingLines(PDPage page) {
    super(page);
    PDRectangle crop = page.getCropBox();
    this.left = crop.getLowerLeftX();
    this.top = crop.getUpperRightY();
    this.right = crop.getUpperRightX();
    this.bottom = crop.getLowerLeftY();
    this.rotation = Math.floorMod(page.getRotation(), 360);
  }

  /** A point of the page in the coordinates the upright text is read in: x to the right, y down from the top. */
  private float[] point(double x, double y) {
    float px = (float) x;
    float py = (float) y;
    return switch (rotation) {
      case 90 -> new float[] {py - bottom, px - left};
      case 180 -> new float[] {right - px, py - bottom};
      case 270 -> new float[] {top - py, right - px};
      default -> new float[] {px - left, top - py};
    };
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float[] a = point(p0.getX(), p0.getY());
    float[] b = point(p1.getX(), p1.getY());
    float[] c = point(p2.getX(), p2.getY());
    float[] d = point(p3.getX(), p3.getY());
    rectangles.add(new float[] {Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0])), Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1])),
        Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0])), Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]))});
    limit();
  }

  @Override
  public void moveTo(float x, float y) {
    start = point(x, y);
    current = start;
    currentRaw = new float[] {x, y};
  }

  @Override
  public void lineTo(float x, float y) {
    currentRaw = new float[] {x, y};
    float[] next = point(x, y);
    if (current != null) {
      path.add(new float[] {current[0], current[1], next[0], next[1]});
      limit();
    }
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = point(x3, y3);
    currentRaw = new float[] {x3, y3};
  }

  @Override
  public Point2D getCurrentPoint() {
    return currentRaw == null ? new Point2D.Float() : new Point2D.Float(currentRaw[0], currentRaw[1]);
  }

  @Override
  public void closePath() {
    if (current != null && start != null) {
      path.add(new float[] {current[0], current[1], start[0], start[1]});
      current = start;
    }
  }

  @Override
  public void endPath() {
    clear();
  }

  @Override
  public void strokePath() {
    for (float[] s : path) {
      line(s[0], s[1], s[2], s[3]);
    }
    for (float[] r : rectangles) {
      line(r[0], r[1], r[2], r[1]);
      line(r[0], r[3], r[2], r[3]);
      line(r[0], r[1], r[0], r[3]);
      line(r[2], r[1], r[2], r[3]);
    }
    clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] r : rectangles) {
      float w = r[2] - r[0];
      float h = r[3] - r[1];
      if (h <= THIN && w > h) {
        line(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
      } else if (w <= THIN && h > w) {
        line((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
      }
    }
    clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // clipping does not draw
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // a shading is not a line
  }

  @Override
  public void showTextString(byte[] string) {
    // text comes from the stripper; glyph outlines are not lines
  }

  @Override
  public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
    // as above
  }

  private void line(float x1, float y1, float x2, float y2) {
    if (Math.abs(y1 - y2) <= 0.5f && Math.abs(x2 - x1) > PdfTableGrid.EPS) {
      segments.add(new PdfSegment(true, (y1 + y2) / 2, x1, x2));
    } else if (Math.abs(x1 - x2) <= 0.5f && Math.abs(y2 - y1) > PdfTableGrid.EPS) {
      segments.add(new PdfSegment(false, (x1 + x2) / 2, y1, y2));
    }
    if (segments.size() > 200_000) {
      throw new RoadmapFormatException("В файле PDF слишком много графики для дорожной карты");
    }
  }

  private void limit() {
    if (path.size() + rectangles.size() > 200_000) {
      throw new RoadmapFormatException("В файле PDF слишком много графики для дорожной карты");
    }
  }

  private void clear() {
    path.clear();
    rectangles.clear();
    start = null;
    current = null;
    currentRaw = null;
  }
}
