package ru.nastavnik.practice;

import java.time.Instant;

/**
 * An entry of the bank of successful practices as the REST API shows it. The mentor's and the
 * mentee's names appear only to those who may see the organization's people; the review
 * (comment, reviewer) only to those who may see the proposals.
 */
public record PracticeView(Long id, Long programId, Long organizationId, String organizationName, Long municipalityId,
    String municipalityName, String title, String description, PracticeStatus status, String statusTitle,
    Instant proposedAt, Instant publishedAt, String mentorName, String menteeName, String reviewComment,
    String reviewedBy, Instant reviewedAt) {}
