package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/** The application on PostgreSQL: migrations, deployment of every process and form, demo data. */
class ApplicationStartupIT extends IntegrationTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired ProcessEngine engine;

  @Test
  void flywayCreatedOurTablesOnPostgres() {
    String product = jdbc.queryForObject("select version()", String.class);
    assertThat(product).startsWith("PostgreSQL 16");
    List<String> versions = jdbc.queryForList("select version from nst_schema_history where success order by installed_rank", String.class);
    assertThat(versions).contains("1", "2");
    assertThat(jdbc.queryForObject("select count(*) from competency", Integer.class)).isEqualTo(14);
  }

  @Test
  void everyConnectionOfTheApplicationPlansWithTheSettingsOfApplicationPostgresYml() {
    // Several calls: each may take another connection of the pool, and every one must carry the settings.
    for (int i = 0; i < 5; i++) {
      assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo("0");
    }
    // Only our sessions: the server's own default is untouched.
    assertThat(jdbc.queryForObject("select reset_val from pg_settings where name = 'max_parallel_workers_per_gather'",
        String.class)).isEqualTo("2");
  }

  @Test
  void everyFileOfProcessesAndFormsIsDeployed() throws IOException {
    Set<String> deployed = new HashSet<>();
    repositoryService.createDeploymentQuery().list().forEach(d ->
        repositoryService.getDeploymentResourceNames(d.getId()).forEach(name -> deployed.add(Path.of(name).getFileName().toString())));
    List<String> files = filesIn("processes", "forms");
    assertThat(files).isNotEmpty();
    assertThat(deployed).containsAll(files);
  }

  /**
   * Forms bind to the deployment ({@code camunda:formRefBinding="deployment"}): a running instance
   * keeps the forms it started with, so each form a process refers to must be deployed together
   * with it — in the same deployment, not merely somewhere.
   */
  @Test
  void everyFormRefNamesAFormOfTheProcessesOwnDeployment() throws IOException {
    Set<String> formIds = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String form : filesIn("forms")) {
      formIds.add(json.readTree(Path.of("forms", form).toFile()).get("id").asText());
    }
    int checked = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      Set<String> deployedWith = formIdsOfDeployment(definition.getDeploymentId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          checkFormRef(definition, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), formIds, deployedWith);
          try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
            assertThat(new String(form.readAllBytes())).contains("\"" + start.getCamundaFormRef() + "\"");
          }
          checked++;
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaFormRef() != null) {
          checkFormRef(definition, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), formIds, deployedWith);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
  }

  private static void checkFormRef(ProcessDefinition definition, String elementId, String formRef, String binding,
      Set<String> formIds, Set<String> deployedWith) {
    String where = definition.getKey() + ": " + elementId + " → " + formRef;
    assertThat(formIds).as("%s: нет такой формы в forms/", where).contains(formRef);
    assertThat(binding).as("%s: formRefBinding", where).isEqualTo("deployment");
    assertThat(deployedWith).as("%s: форма не в развёртывании %s", where, definition.getDeploymentId()).contains(formRef);
  }

  /** The ids of the Camunda forms deployed in one deployment. */
  private Set<String> formIdsOfDeployment(String deploymentId) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        try (InputStream form = repositoryService.getResourceAsStreamById(deploymentId, resource.getId())) {
          ids.add(json.readTree(form).get("id").asText());
        }
      }
    }
    return ids;
  }

  @Test
  void everyProcessHasAHistoryTimeToLive() {
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull().isPositive());
  }

  @Test
  void demoMunicipalityIsLoadedWithLoginsAndGroups() {
    assertThat(jdbc.queryForObject("select count(*) from organization o join municipality m on m.id = o.municipality_id"
        + " where m.code = 'khm'", Integer.class)).isEqualTo(5);
    // Other tests add people to the demo schools, so only the demo logins themselves are counted.
    for (int n = 1; n <= 3; n++) {
      String school = "khm-sch" + n;
      assertThat(members("curators-" + school, "curator" + n)).isEqualTo(1);
      assertThat(members("directors-" + school, "director" + n)).isEqualTo(1);
      assertThat(members("mentors-" + school, "mentor" + n + "a", "mentor" + n + "b")).isEqualTo(2);
      assertThat(members("mentees-" + school, "mentee" + n + "a", "mentee" + n + "b")).isEqualTo(2);
      assertThat(members("curators-" + school, "curator" + (n % 3 + 1))).as("curator of another school").isZero();
    }
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.checkPassword("curator1", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("managers-khm").count()).isEqualTo(1);
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }

  private long members(String group, String... logins) {
    return identityService.createUserQuery().userIdIn(logins).memberOfGroup(group).count();
  }

  @Test
  void russianTasklistFiltersExist() {
    assertThat(filterService.createFilterQuery().list()).extracting(f -> f.getName())
        .contains("Мои задачи", "Задачи организации", "Просроченные", "На контроле");
  }

  private static List<String> filesIn(String... folders) throws IOException {
    List<String> names = new java.util.ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
      }
    }
    return names;
  }
}
