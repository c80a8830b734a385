package ru.nastavnik.system;

/**
 * The variables every process of the application carries, declared once: the organization whose
 * groups work its tasks (also what the municipal visibility and the working-day calendar read) and
 * the user who started it. Each process contract refers to these.
 */
public final class ProcessConvention {

  /** Code of the organization the instance belongs to ({@code organizationCode}). */
  public static final Variable<String> ORGANIZATION_CODE = Variable.text("organizationCode");

  /** Login of the user who started the instance, set by the start event ({@code camunda:initiator}). */
  public static final Variable<String> INITIATOR = Variable.text("initiator");

  private ProcessConvention() {}
}
