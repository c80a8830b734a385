package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import ru.nastavnik.system.BusinessRuleException;

/** The document and period of an import under review, as the process keeps them. */
final class RoadmapUploads {

  private RoadmapUploads() {}

  static RoadmapImportService.Upload upload(VariableScope scope) {
    TypedValue value = scope.getVariableTyped(ROADMAP_FILE.name());
    if (value instanceof FileValue file && file.getValue() != null) {
      try (InputStream content = file.getValue()) {
        return new RoadmapImportService.Upload(file.getFilename(), content.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (value instanceof BytesValue bytes && bytes.getValue() != null) {
      return new RoadmapImportService.Upload("roadmap", bytes.getValue());
    }
    throw new BusinessRuleException(ROADMAP_FILE.name(), "Выберите файл дорожной карты (.docx или текст)");
  }

  /** The period from the form (ISO {@code 2026-09-01} or {@code 01.09.2026}); the service checks that it is one. */
  static RoadmapImportService.Period period(RoadmapImportService service, VariableScope scope) {
    return service.period(RoadmapForms.date(PERIOD_START.get(scope), PERIOD_START.name(), "начала периода"),
        RoadmapForms.date(PERIOD_END.get(scope), PERIOD_END.name(), "окончания периода"));
  }
}
