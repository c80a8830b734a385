package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;

/** The visual lines of one cell or paragraph, joined into text only at the end. */
final class PdfUnit {
  final List<String> lines = new ArrayList<>();
  boolean bold = true;
  boolean any;
}
