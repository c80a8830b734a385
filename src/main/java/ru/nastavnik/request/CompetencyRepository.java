package ru.nastavnik.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The competency catalogue. */
public interface CompetencyRepository extends JpaRepository<Competency, String> {
  List<Competency> findAllByOrderBySortOrder();
}
