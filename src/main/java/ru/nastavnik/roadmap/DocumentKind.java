package ru.nastavnik.roadmap;

/** The document that shows an item was done (вид документа в ожидаемом результате). */
public enum DocumentKind {
  ORDER("Приказ"),
  REGULATION("Положение, локальный акт"),
  PLAN("План, программа, дорожная карта"),
  CERTIFICATE("Справка"),
  MINUTES("Протокол"),
  REPORT("Аналитический отчёт"),
  REGISTRY("Реестр, база данных"),
  PUBLICATION("Публикация на сайте, в СМИ"),
  EVENT("Материалы мероприятия"),
  OTHER("Другой документ");

  private final String title;

  DocumentKind(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
