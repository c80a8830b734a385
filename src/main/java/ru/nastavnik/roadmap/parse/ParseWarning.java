package ru.nastavnik.roadmap.parse;

/**
 * Something in the document a person has to look at. {@code row} is the 1-based source row
 * (the line of the text form, the table row of a .docx); {@code message} is Russian.
 */
public record ParseWarning(int row, String message) {}
