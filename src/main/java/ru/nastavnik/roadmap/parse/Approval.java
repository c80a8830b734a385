package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;

/**
 * An approval or signatory block above the roadmap table («УТВЕРЖДЕНА приказом … от 14.01.2026
 * № 12-о», «УТВЕРЖДАЮ Директор … /подпись/ И.И. Иванов», «Приложение № 1 к приказу …»), kept out
 * of the roadmap's title. Every field but {@code kind} and {@code text} is {@code null} when the
 * block does not say it.
 *
 * @param kind what the block says
 * @param documentKind the approving document in the nominative: {@code приказ}, {@code постановление},
 *     {@code распоряжение}, {@code решение}, {@code протокол}
 * @param body who issued the document, as written after its kind («отдела образования администрации …»)
 * @param date the document's date
 * @param number the document's number without spaces ({@code 12-о}, {@code 100-д}, {@code 4/12})
 * @param annex the annex number of «Приложение № 1»
 * @param signatoryPosition the position of the one who signs «УТВЕРЖДАЮ» («Директор МБОУ «СОШ № 5»»)
 * @param signatoryName the signatory's name as written («И.И. Иванов»)
 * @param text the whole block, whitespace collapsed
 */
public record Approval(ApprovalKind kind, String documentKind, String body, LocalDate date, String number,
    String annex, String signatoryPosition, String signatoryName, String text) {}
