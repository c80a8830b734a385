package ru.nastavnik.roadmap;

import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code RoadmapProcess} (one confirmed roadmap): its id, the start message, its
 * activities and typed variables — the roadmap id, its owner's code and the timer dates.
 */
public final class RoadmapProcess {

  public static final String ID = "RoadmapProcess";
  /** Starts the process once the import is confirmed; the business key is the roadmap id. */
  public static final String MESSAGE_ROADMAP_CONFIRMED = "RoadmapConfirmed";

  public static final String START_ROADMAP_CONFIRMED = "StartEvent_RoadmapConfirmed";
  public static final String SERVICE_ACTIVATE_OCCURRENCES = "ServiceTask_ActivateOccurrences";
  public static final String GATEWAY_PENDING_OCCURRENCES = "Gateway_PendingOccurrences";
  public static final String TIMER_NEXT_ACTIVATION = "TimerEvent_NextActivation";
  public static final String TIMER_PERIOD_END = "TimerEvent_PeriodEnd";
  public static final String SERVICE_CLOSE_ROADMAP = "ServiceTask_CloseRoadmap";
  public static final String END_ROADMAP_CLOSED = "EndEvent_RoadmapClosed";

  public static final Variable<Long> ROADMAP_ID = Variable.id("roadmapId");
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;

  /** Routing: occurrences still to become relevant, and when the next one does (a java.util.Date). */
  public static final Variable<Boolean> PENDING_OCCURRENCES = Variable.flag("pendingOccurrences");
  public static final Variable<Object> NEXT_ACTIVATION_AT = Variable.raw("nextActivationAt");
  /** The end of the roadmap's last day (a java.util.Date). */
  public static final Variable<Object> PERIOD_END_AT = Variable.raw("periodEndAt");

  private RoadmapProcess() {}
}
