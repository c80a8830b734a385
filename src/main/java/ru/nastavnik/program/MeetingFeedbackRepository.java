package ru.nastavnik.program;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Feedback on meetings. */
interface MeetingFeedbackRepository extends JpaRepository<MeetingFeedback, Long> {

  /** Feedback escalated to the curator as missed, of one organization, oldest first. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"meeting", "meeting.program",
      "meeting.program.pair", "meeting.program.pair.request", "meeting.program.pair.request.mentee",
      "meeting.program.pair.mentor", "meeting.program.pair.mentor.person"})
  @Query("select f from MeetingFeedback f where f.missed = true and f.meeting.program.organization.id = :organizationId"
      + " order by f.dueAt")
  List<MeetingFeedback> findMissedOfOrganization(Long organizationId);
}
