package ru.nastavnik.pair;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.NotFoundException;

/**
 * The end of an active pair: completed with its program, or ended early by the curator (the
 * mentor's place is freed; the mentee's request goes back to the bank for a new search). The
 * request follows its pair.
 */
@Service
@Transactional
public class PairLifecycleService {

  private final MentoringPairRepository pairs;
  private final MentoringRequestService requests;

  PairLifecycleService(MentoringPairRepository pairs, MentoringRequestService requests) {
    this.pairs = pairs;
    this.requests = requests;
  }

  public MentoringPair endEarly(Long pairId, String reason, Instant now) {
    MentoringPair pair = active(pairId);
    pair.end(PairStatus.ENDED_EARLY, reason, now);
    requests.followPair(pair.getRequest().getId(), RequestStatus.ENDED_EARLY);
    return pair;
  }

  public MentoringPair complete(Long pairId, Instant now) {
    MentoringPair pair = active(pairId);
    pair.end(PairStatus.COMPLETED, null, now);
    requests.followPair(pair.getRequest().getId(), RequestStatus.COMPLETED);
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
