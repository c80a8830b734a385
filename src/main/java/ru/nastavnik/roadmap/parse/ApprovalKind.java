package ru.nastavnik.roadmap.parse;

/** What an approval block above the roadmap table says. */
public enum ApprovalKind {
  /** «УТВЕРЖДЕНА приказом … от 14.01.2026 № 12-о»: approved by a document. */
  APPROVED,
  /** «УТВЕРЖДАЮ Директор … /подпись/ И.И. Иванов»: approved by the signature of a head. */
  APPROVED_BY_HEAD,
  /** «СОГЛАСОВАНО …»: agreed with someone. */
  AGREED,
  /** «Приложение № 1 к приказу … от … № …»: the roadmap is an annex to a document. */
  ANNEX
}
