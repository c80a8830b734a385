package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.PersonRepository;

/** Candidates of a request and the optimal assignment of a whole bank, through /api. */
class BankAssignmentIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired PersonRepository people;

  private DemoRequests requests;

  @org.junit.jupiter.api.BeforeEach
  void helpers() {
    requests = new DemoRequests(this, taskService, people);
  }

  @Test
  void theCuratorSeesRankedCandidatesWithExplanationsForTheirOwnRequestsOnly() throws Exception {
    long request = requests.acceptedRequestOfANewTeacher("gusev", "Гусев Антон Петрович", "[\"CLASSROOM_DISCIPLINE\",\"WORKING_WITH_PARENTS\"]");

    ResponseEntity<String> response = as("curator2").getForEntity("/api/matching/requests/" + request + "/candidates", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode candidates = JSON.readTree(response.getBody());
    assertThat(candidates.size()).isGreaterThan(1);
    // The demo's bank has several mentors who cover both difficulties in the same subject (Смирнова, Лебедев,
    // Егоров); which of them is free depends on the integration tests run before this one, not their ranking.
    assertThat(candidates.get(0).get("explanation").asText()).as(response.getBody())
        .startsWith("совпадение компетенций 2 из 2, тот же предмет").contains("нагрузка ");
    for (int i = 1; i < candidates.size(); i++) {
      assertThat(candidates.get(i).get("score").asInt()).isLessThanOrEqualTo(candidates.get(i - 1).get("score").asInt());
    }
    assertThat(as("curator1").getForEntity("/api/matching/requests/" + request + "/candidates", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // The search itself runs in the background (the job executor) right after the request is accepted.
    JsonNode searches = eventually("поиск наставника", () -> {
      try {
        JsonNode found = JSON.readTree(as("curator2").getForEntity("/api/matching/requests/" + request + "/searches", String.class).getBody());
        return found.isEmpty() ? null : found;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(searches.get(0).get("candidates").asInt()).isEqualTo(candidates.size());
  }

  @Test
  void theCoordinatorGetsAnAssignmentOfTheWholeBankThatIsNeverWorseThanGreedy() throws Exception {
    requests.acceptedRequestOfANewTeacher("zueva", "Зуева Ольга Андреевна", "[\"CLASSROOM_DISCIPLINE\"]");
    long municipality = people.findByLogin("coordinator").orElseThrow().getOrganization().getMunicipality().getId();

    ResponseEntity<String> response = as("coordinator").getForEntity("/api/matching/bank-assignment?municipalityId=" + municipality,
        String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode suggestion = JSON.readTree(response.getBody());
    assertThat(suggestion.get("pairs").size()).isGreaterThanOrEqualTo(1);
    assertThat(suggestion.get("totalScore").asInt()).isGreaterThanOrEqualTo(suggestion.get("greedyTotalScore").asInt());
    int sum = 0;
    for (JsonNode pair : suggestion.get("pairs")) {
      sum += pair.get("score").asInt();
      assertThat(pair.get("explanation").asText()).contains("совпадение компетенций");
    }
    assertThat(sum).isEqualTo(suggestion.get("totalScore").asInt());
    assertThat(as("curator1").getForEntity("/api/matching/bank-assignment?municipalityId=" + municipality, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
