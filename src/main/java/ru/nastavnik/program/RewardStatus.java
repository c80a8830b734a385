package ru.nastavnik.program;

/** The curator's proposal to reward the mentor (поощрение) and the director's decision. */
public enum RewardStatus {
  NOT_PROPOSED("Не предлагалось"),
  PROPOSED("Предложено, ждёт решения руководителя"),
  APPROVED("Поощрение одобрено руководителем"),
  DECLINED("Руководитель отказал в поощрении");

  private final String title;

  RewardStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
