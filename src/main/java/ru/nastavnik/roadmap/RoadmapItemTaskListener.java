package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names the tasks of an occurrence with the item's number and title, the organization and the
 * due date, and gives the forms the item's summary (task-local).
 */
@Component
class RoadmapItemTaskListener implements TaskListener {

  private final RoadmapTaskTexts service;

  RoadmapItemTaskListener(RoadmapTaskTexts service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Long occurrenceId = OCCURRENCE_ID.get(task);
    RoadmapTaskTexts.TaskPurpose purpose = switch (task.getTaskDefinitionKey()) {
      case TASK_SET_DATE -> RoadmapTaskTexts.TaskPurpose.SET_DATE;
      case TASK_CONTROL_OVERDUE -> RoadmapTaskTexts.TaskPurpose.CONTROL_OVERDUE;
      default -> RoadmapTaskTexts.TaskPurpose.COMPLETE;
    };
    RoadmapTaskTexts.ItemTask texts = service.itemTask(occurrenceId, purpose);
    task.setName(texts.name());
    ITEM_SUMMARY.setLocal(task, texts.summary());
    ASK_VALUE.setLocal(task, texts.asksValue());
    CHECK_IN.setLocal(task, texts.checkIn());
  }
}
