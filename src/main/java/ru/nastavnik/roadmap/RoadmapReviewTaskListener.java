package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.system.TaskForm;
import ru.nastavnik.system.EngineClock;

/**
 * Names the review after the roadmap and gives the review form, task-local, what the document
 * was read as: its figures, items and warnings, and the rows to complete, pre-filled.
 */
@Component
class RoadmapReviewTaskListener implements TaskListener {

  private final RoadmapImportService service;

  RoadmapReviewTaskListener(RoadmapImportService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    RoadmapImportService.Upload upload = RoadmapUploads.upload(task);
    RoadmapImportService.Period period = RoadmapUploads.period(service, task);
    ImportScope scope = service.scope((String) task.getVariable(ORGANIZATION_CODE), (String) task.getVariable(ROADMAP_SCOPE));
    ParsedRoadmap parsed = service.read(upload, period);
    ImportReview review = service.review(parsed, scope, period, upload.fileName(), EngineClock.now());
    String title = parsed.title() == null || parsed.title().isBlank() ? upload.fileName() : parsed.title();
    task.setName(TaskForm.name(task.getName(), RoadmapTexts.shorten(title, 200)));
    task.setVariableLocal(ROADMAP_SUMMARY, Spin.JSON(review.summary()));
    task.setVariableLocal(ROADMAP_ITEMS, Spin.JSON(review.items()));
    task.setVariableLocal(ROADMAP_WARNINGS, Spin.JSON(review.warnings()));
    task.setVariableLocal(CORRECTION_ROWS, Spin.JSON(review.corrections()));
  }
}
