package ru.nastavnik.pair;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.NotFoundException;

/**
 * The end of an active pair: completed with its program, or ended early by the curator (the
 * mentor's place is freed; the mentee's request stays in the bank for a new search).
 */
@Service
@Transactional
public class PairLifecycleService {

  private final MentoringPairRepository pairs;

  PairLifecycleService(MentoringPairRepository pairs) {
    this.pairs = pairs;
  }

  public MentoringPair endEarly(Long pairId, String reason, Instant now) {
    MentoringPair pair = active(pairId);
    pair.end(PairStatus.ENDED_EARLY, reason, now);
    return pair;
  }

  public MentoringPair complete(Long pairId, Instant now) {
    MentoringPair pair = active(pairId);
    pair.end(PairStatus.COMPLETED, null, now);
    return pair;
  }

  private MentoringPair active(Long pairId) {
    MentoringPair pair = pairs.findDetailedById(pairId)
        .orElseThrow(() -> new NotFoundException("Пара № " + pairId + " не найдена"));
    if (pair.getStatus() != PairStatus.ACTIVE) {
      throw new BusinessRuleException("Пара № " + pairId + " не действует: " + pair.getStatus().title());
    }
    return pair;
  }
}
