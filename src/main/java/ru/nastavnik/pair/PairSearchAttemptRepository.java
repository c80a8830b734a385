package ru.nastavnik.pair;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PairSearchAttemptRepository extends JpaRepository<PairSearchAttempt, Long> {
  List<PairSearchAttempt> findByRequestIdOrderByAttemptedAtDesc(Long requestId);
}
