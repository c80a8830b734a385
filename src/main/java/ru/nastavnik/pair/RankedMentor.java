package ru.nastavnik.pair;

/** A mentor of the bank (entry id, name, school) with their score for a request and its Russian explanation. */
public record RankedMentor(long mentorProfileId, String fullName, String organization, int score, String explanation) {}
