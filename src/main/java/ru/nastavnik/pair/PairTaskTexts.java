package ru.nastavnik.pair;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.NotFoundException;

/**
 * What the tasks of pair formation show (Markdown and select options): the curator's choice with
 * the ranked candidates and the history of the request, and the pair both sides and the director
 * read before agreeing.
 */
@Service
@Transactional(readOnly = true)
public class PairTaskTexts {

  /** Candidates explained in the choice task's text; the select lists them all. */
  static final int SHOWN_CANDIDATES = 10;

  private final MentorRanking ranking;
  private final MentoringRequestService requests;
  private final MentoringPairRepository pairs;
  private final MentorExclusionRepository exclusions;

  PairTaskTexts(MentorRanking ranking, MentoringRequestService requests, MentoringPairRepository pairs,
      MentorExclusionRepository exclusions) {
    this.ranking = ranking;
    this.requests = requests;
    this.pairs = pairs;
    this.exclusions = exclusions;
  }

  /** The choice form's text, the options of its select and of its exclusion checklist. */
  public record ChoiceForm(String markdown, List<Map<String, String>> candidateOptions,
      List<Map<String, String>> excludeOptions) {}

  /**
   * Requests of the same organization that wait for the curator's choice too: they can join a
   * group with the mentor chosen here.
   */
  public List<Map<String, String>> groupOptions(Long requestId, Set<Long> waiting) {
    MentoringRequest request = requests.request(requestId);
    List<Map<String, String>> options = new ArrayList<>();
    for (Long other : waiting) {
      if (other.equals(requestId)) {
        continue;
      }
      MentoringRequest candidate = requests.request(other);
      if (candidate.getOrganization().getId().equals(request.getOrganization().getId())) {
        options.add(Map.of("label", "Запрос № " + other + ": " + candidate.getMentee().getFullName(), "value", String.valueOf(other)));
      }
    }
    return options;
  }

  /** What both sides and the director read before agreeing (Markdown). */
  public String summary(Long pairId) {
    MentoringPair pair = pairs.findDetailedById(pairId)
        .orElseThrow(() -> new NotFoundException("Пара № " + pairId + " не найдена"));
    MentoringRequest request = pair.getRequest();
    return "**Наставническая пара № " + pair.getId() + "** — " + pair.getStatus().title()
        + "\n\n**Наставник:** " + Markdown.text(pair.getMentor().getPerson().getFullName())
        + "\n\n**Наставляемый:** " + Markdown.text(request.getMentee().getFullName())
        + "\n\n**Форма наставничества:** " + request.getDesiredForm().title()
        + "\n\n**Почему предложен этот наставник:** " + Markdown.text(pair.getExplanation()) + " (" + pair.getScore() + " из 100)"
        + "\n\n" + requests.summary(request.getId());
  }

  /**
   * What the curator's choice form shows, from one ranking of the bank (ranking is the costly
   * part: the form is filled whenever it is opened): the text, the select's options and the
   * exclusion checklist.
   */
  public ChoiceForm choiceForm(Long requestId) {
    List<RankedMentor> ranked = ranking.ranked(ranking.acceptedRequest(requestId));
    Map<Long, MentoringPair> endedEarly = endedEarlyByMentor(requestId);
    List<Map<String, String>> excludeOptions = excludeOptions(ranked, endedEarly);
    List<Map<String, String>> candidateOptions = new ArrayList<>(excludeOptions);
    candidateOptions.add(Map.of("label", "Подходящего наставника нет — оказать психолого-педагогическую поддержку",
        "value", MentorChoice.NONE));
    return new ChoiceForm(candidatesMarkdown(requestId, ranked, endedEarly), candidateOptions, excludeOptions);
  }

  /**
   * The choice task (Markdown): first what became of the pairs already proposed for this request
   * (why a mentor declined, why a pair ended early) and whom the curator excluded, then the
   * candidates, a mentor whose pair with this mentee ended early marked so.
   */
  private String candidatesMarkdown(Long requestId, List<RankedMentor> ranked, Map<Long, MentoringPair> endedEarly) {
    MentoringRequest request = requests.request(requestId);
    ZoneId zone = request.getOrganization().getMunicipality().getTimeZone();
    List<MentoringPair> history = pairs.findByRequestIdOrderByProposedAt(requestId).stream()
        .filter(p -> p.getStatus() == PairStatus.DECLINED || p.getStatus() == PairStatus.ENDED_EARLY).toList();
    StringBuilder text = new StringBuilder();
    if (!history.isEmpty()) {
      text.append("**Прежние пары по этому запросу:**\n");
      for (MentoringPair pair : history) {
        text.append("\n- пара № ").append(pair.getId()).append(", наставник ")
            .append(Markdown.text(pair.getMentor().getPerson().getFullName())).append(": ")
            .append(pair.getStatus().title().toLowerCase(Locale.ROOT)).append(" ")
            .append(FormDates.ruDate(pair.getEndedAt(), zone)).append(" — ").append(Markdown.text(pair.getEndReason(), "причина не указана"));
      }
      text.append("\n\n");
    }
    List<MentorExclusion> excluded = exclusions.findByRequestIdOrderByExcludedAt(requestId);
    if (!excluded.isEmpty()) {
      text.append("**Исключены куратором из кандидатов по этому запросу:**\n");
      for (MentorExclusion exclusion : excluded) {
        text.append("\n- ").append(Markdown.text(exclusion.getMentor().getPerson().getFullName())).append(" (")
            .append(FormDates.ruDate(exclusion.getExcludedAt(), zone))
            .append(exclusion.getReason() == null ? "" : ": " + Markdown.text(exclusion.getReason())).append(")");
      }
      text.append("\n\n");
    }
    text.append("**Подходящие наставники** (лучшие сверху)\n\n");
    int n = 1;
    for (RankedMentor candidate : ranked.subList(0, Math.min(ranked.size(), SHOWN_CANDIDATES))) {
      text.append(n++).append(". **").append(Markdown.text(candidate.fullName())).append("** (")
          .append(Markdown.text(candidate.organization())).append(") — ").append(candidate.score())
          .append(" из 100: ").append(Markdown.text(candidate.explanation()));
      MentoringPair earlier = endedEarly.get(candidate.mentorProfileId());
      if (earlier != null) {
        text.append(" — **пара № ").append(earlier.getId()).append(" с этим наставником завершена досрочно ")
            .append(FormDates.ruDate(earlier.getEndedAt(), zone)).append(": ")
            .append(Markdown.text(earlier.getEndReason(), "причина не указана")).append("**");
      }
      text.append("\n");
    }
    if (ranked.size() > SHOWN_CANDIDATES) {
      text.append("\nЕщё ").append(ranked.size() - SHOWN_CANDIDATES).append(" — в списке выбора ниже (по убыванию баллов).\n");
    }
    if (ranked.isEmpty()) {
      text.append("Подходящих наставников сейчас нет.");
    }
    return text.toString();
  }

  /** Options of the exclusion checklist: every candidate. */
  private static List<Map<String, String>> excludeOptions(List<RankedMentor> ranked, Map<Long, MentoringPair> endedEarly) {
    List<Map<String, String>> options = new ArrayList<>();
    for (RankedMentor candidate : ranked) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", candidate.fullName() + " — " + candidate.score() + " из 100"
          + (endedEarly.containsKey(candidate.mentorProfileId()) ? " (пара по этому запросу завершена досрочно)" : ""));
      option.put("value", String.valueOf(candidate.mentorProfileId()));
      options.add(option);
    }
    return options;
  }

  private Map<Long, MentoringPair> endedEarlyByMentor(Long requestId) {
    Map<Long, MentoringPair> result = new LinkedHashMap<>();
    pairs.findByRequestIdOrderByProposedAt(requestId).stream().filter(p -> p.getStatus() == PairStatus.ENDED_EARLY)
        .forEach(p -> result.put(p.getMentor().getId(), p));
    return result;
  }
}
