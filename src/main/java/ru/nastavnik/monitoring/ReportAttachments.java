package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Attaches a filed report's documents to its process instance as file variables: Cockpit and
 * the engine REST API (also its history, once the instance has ended) download them.
 */
final class ReportAttachments {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportAttachments() {}

  static void attach(DelegateExecution execution, MonitoringDocuments.Content content, String docxVariable, String xlsxVariable) {
    execution.setVariable(docxVariable, Variables.fileValue("Аналитическая справка " + content.reportId() + ".docx")
        .file(MonitoringDocuments.docx(content)).mimeType(DOCX).create());
    execution.setVariable(xlsxVariable, Variables.fileValue("Показатели мониторинга " + content.reportId() + ".xlsx")
        .file(MonitoringDocuments.xlsx(content)).mimeType(XLSX).create());
  }
}
