package ru.nastavnik.roadmap;

/** An uploaded file over the reader's limit: refused before it is read (answered with 413). */
public class RoadmapFileTooLargeException extends RuntimeException {

  public RoadmapFileTooLargeException(String message) {
    super(message);
  }
}
