package ru.nastavnik.roadmap.parse;

/**
 * The file cannot be read as a roadmap at all (empty, too large, not a Word document or text,
 * no table with a recognizable header). The message is Russian and meant for the user.
 */
public class RoadmapFormatException extends RuntimeException {

  public RoadmapFormatException(String message) {
    super(message);
  }

  public RoadmapFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
