package ru.nastavnik.roadmap.parse;

/** One glyph of a PDF page: {@code y} is its baseline, from the top of the page. */
record PdfGlyph(float x, float y, float w, float size, String text, boolean bold) {
  float centerX() {
    return x + w / 2;
  }

  float centerY() {
    return y - size * 0.3f;
  }
}
