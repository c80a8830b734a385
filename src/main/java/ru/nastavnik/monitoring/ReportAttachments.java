package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import ru.nastavnik.system.Variable;

/**
 * Attaches a filed report's documents to its process instance as file variables: Cockpit and
 * the engine REST API (also its history, once the instance has ended) download them.
 */
final class ReportAttachments {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportAttachments() {}

  static void attach(DelegateExecution execution, MonitoringDocuments.Content content, Variable<Object> docx,
      Variable<Object> xlsx) {
    docx.set(execution, Variables.fileValue("Аналитическая справка " + content.reportId() + ".docx")
        .file(MonitoringDocuments.docx(content)).mimeType(DOCX).create());
    xlsx.set(execution, Variables.fileValue("Показатели мониторинга " + content.reportId() + ".xlsx")
        .file(MonitoringWorkbook.xlsx(content)).mimeType(XLSX).create());
  }
}
