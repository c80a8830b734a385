package ru.nastavnik.consent;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConsentScanRepository extends JpaRepository<ConsentScan, Long> {

  /** Which of these consents have a scan, without loading the files. */
  @Query("select s.consentId from ConsentScan s where s.consentId in :consentIds")
  List<Long> withScan(Collection<Long> consentIds);

  @Modifying
  @Query("delete from ConsentScan s where s.consentId in (select c.id from Consent c where c.person.id = :personId)")
  int deleteOfPerson(Long personId);
}
