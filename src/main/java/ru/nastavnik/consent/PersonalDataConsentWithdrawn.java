package ru.nastavnik.consent;

/**
 * A person's consent to the processing of their personal data (152-ФЗ) was withdrawn: whatever
 * processes their data stops and the data is made anonymous (published in the transaction of the
 * withdrawal; see {@code ru.nastavnik.privacy}).
 */
public record PersonalDataConsentWithdrawn(Long personId, String reason, String withdrawnBy) {}
