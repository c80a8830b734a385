package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcess.*;

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
  private final RoadmapImportReviews reviews;

  RoadmapReviewTaskListener(RoadmapImportService service, RoadmapImportReviews reviews) {
    this.service = service;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    RoadmapImportService.Upload upload = RoadmapUploads.upload(task);
    RoadmapImportService.Period period = RoadmapUploads.period(service, task);
    ImportScope scope = service.scope((String) task.getVariable(ORGANIZATION_CODE.name()), (String) task.getVariable(ROADMAP_SCOPE.name()));
    ParsedRoadmap parsed = service.read(upload, period);
    ImportReview review = reviews.review(parsed, scope, period, upload.fileName(), EngineClock.now());
    String title = parsed.title() == null || parsed.title().isBlank() ? upload.fileName() : parsed.title();
    task.setName(TaskForm.name(task.getName(), RoadmapTexts.shorten(title, 200)));
    ROADMAP_SUMMARY.setLocal(task, Spin.JSON(review.summary()));
    ROADMAP_ITEMS.setLocal(task, Spin.JSON(review.items()));
    ROADMAP_WARNINGS.setLocal(task, Spin.JSON(review.warnings()));
    CORRECTION_ROWS.setLocal(task, Spin.JSON(review.corrections()));
  }
}
