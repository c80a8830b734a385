package ru.nastavnik.program;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Meetings of the programs. */
interface ProgramMeetingRepository extends JpaRepository<ProgramMeeting, Long> {

  /** The meeting with its program, pair and organization (fetch joins: the plan is cached, see OrganizationRepository). */
  @Query("select m from ProgramMeeting m join fetch m.program p join fetch p.pair pair join fetch pair.request r"
      + " join fetch r.mentee join fetch pair.mentor mp join fetch mp.person join fetch p.organization o"
      + " join fetch o.municipality where m.id = :id")
  Optional<ProgramMeeting> findDetailedById(Long id);
}
