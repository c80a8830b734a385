package ru.nastavnik.mentor;

import java.util.List;

/**
 * A mentor's questionnaire as typed into the form, checked by {@link MentorBankService}.
 * {@code mentorLogin} is set only when a curator fills it in for a teacher.
 */
public record QuestionnaireDraft(String mentorLogin, List<String> competencies, List<String> forms, Object capacity,
    String about, boolean consentPersonalData, boolean consentMentoringDuties) {}
