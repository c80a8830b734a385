package ru.nastavnik.onboarding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

  Optional<AccountToken> findByTokenHash(String tokenHash);

  List<AccountToken> findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(Long personId);

  boolean existsByPersonIdAndPurposeAndCreatedAtAfter(Long personId, String purpose, java.time.Instant after);
}
