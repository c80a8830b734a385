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

  static RoadmapImportService.Period period(RoadmapImportService service, VariableScope scope) {
    return service.period(PERIOD_START.get(scope), PERIOD_END.get(scope));
  }
}
