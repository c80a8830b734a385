package ru.nastavnik.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;

/** The figures frozen when a report was filed, stored as JSON in the report. */
record FiguresSnapshot(List<Figures> organizations, Figures total, Instant asOf) {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  /** The municipality's (or the only organization's) figures. */
  Figures totalOrFirst() {
    return total != null ? total : organizations.get(0);
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static FiguresSnapshot parse(String json) {
    try {
      return JSON.readValue(json, FiguresSnapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Снимок показателей отчёта не читается", e);
    }
  }
}
