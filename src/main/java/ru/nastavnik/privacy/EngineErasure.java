package ru.nastavnik.privacy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.mentor.MentorEnrollmentProcess;
import ru.nastavnik.pair.PairFormationProcess;
import ru.nastavnik.program.MentoringProgramProcess;
import ru.nastavnik.request.MentoringRequestProcess;

/**
 * The engine's side of {@link PersonalDataErasure}: ends or interrupts the person's running
 * processes with the reason (kept as the delete reason of each instance), deletes their account,
 * and takes their name and login out of task names, variables and history.
 */
@Component
class EngineErasure {

  private static final String REQUEST_PROCESS = "MentoringRequestProcess";
  private static final String PAIR_PROCESS = "PairFormationProcess";
  private static final String PROGRAM_PROCESS = "MentoringProgramProcess";
  private static final String MENTOR_PROCESS = "MentorEnrollmentProcess";

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;

  EngineErasure(RuntimeService runtime, IdentityService identity, JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  /** A mentor's active pairs end early as if the curator ended them (the mentee's search starts again). */
  void endEarly(List<Long> pairs, String why, String by) {
    for (Long pair : pairs) {
      Privileged.run(identity, () -> runtime.createMessageCorrelation(MentoringProgramProcess.MESSAGE_PAIR_ENDED_EARLY)
          .processInstanceBusinessKey(String.valueOf(pair))
          .setVariable(MentoringProgramProcess.END_REASON.name(), why)
          .setVariable(MentoringProgramProcess.ENDED_BY.name(), by)
          .correlateAllWithResult());
    }
  }

  /** The mentee's review, search and program processes end. */
  void endRequestProcesses(List<Long> requests, List<Long> pairs, String why) {
    for (Long request : requests) {
      delete(runtime.createProcessInstanceQuery().processDefinitionKey(REQUEST_PROCESS)
          .variableValueEquals(MentoringRequestProcess.REQUEST_ID.name(), request).list(), why);
      delete(runtime.createProcessInstanceQuery().processDefinitionKey(PAIR_PROCESS)
          .processInstanceBusinessKey(String.valueOf(request)).list(), why);
    }
    for (Long pair : pairs) {
      delete(runtime.createProcessInstanceQuery().processDefinitionKey(PROGRAM_PROCESS)
          .processInstanceBusinessKey(String.valueOf(pair)).list(), why);
    }
  }

  /** A mentor's questionnaire under review ends. */
  void endQuestionnaires(List<Long> profiles, String why) {
    for (Long profile : profiles) {
      delete(runtime.createProcessInstanceQuery().processDefinitionKey(MENTOR_PROCESS)
          .variableValueEquals(MentorEnrollmentProcess.MENTOR_PROFILE_ID.name(), profile).list(), why);
    }
  }

  /** The searches that had proposed the withdrawn mentor start again for their mentees. */
  void restartSearches(List<Long> requests, String why) {
    for (Long request : requests) {
      delete(runtime.createProcessInstanceQuery().processDefinitionKey(PAIR_PROCESS)
          .processInstanceBusinessKey(String.valueOf(request)).list(), why);
      Map<String, Object> row = jdbc.queryForMap("select o.code as organization_code, p.login as mentee_login"
          + " from mentoring_request r join organization o on o.id = r.organization_id join person p on p.id = r.mentee_id"
          + " where r.id = ?", request);
      Privileged.run(identity, () -> runtime.createMessageCorrelation(PairFormationProcess.MESSAGE_PAIR_SEARCH_REQUESTED)
          .processInstanceBusinessKey(String.valueOf(request))
          .setVariable(PairFormationProcess.REQUEST_ID.name(), request)
          .setVariable(PairFormationProcess.ORGANIZATION_CODE.name(), row.get("organization_code"))
          .setVariable(PairFormationProcess.MENTEE_LOGIN.name(), row.get("mentee_login"))
          .correlateStartMessage());
    }
  }

  /**
   * Deletes the login and takes the person out of the engine's tables: their name from task names
   * and text variables, their login from assignments and history (replaced by the anonymous name).
   */
  void eraseAccount(String login, String fullName, String anonymous) {
    if (login != null && identity.createUserQuery().userId(login).count() > 0) {
      Privileged.run(identity, () -> identity.deleteUser(login));
    }
    for (String table : List.of("ACT_RU_TASK", "ACT_HI_TASKINST")) {
      jdbc.update("update " + table + " set NAME_ = replace(NAME_, ?, ?) where NAME_ like ?", fullName, anonymous, "%" + fullName + "%");
      jdbc.update("update " + table + " set DESCRIPTION_ = replace(DESCRIPTION_, ?, ?) where DESCRIPTION_ like ?",
          fullName, anonymous, "%" + fullName + "%");
    }
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.update("update " + table + " set TEXT_ = replace(TEXT_, ?, ?) where TEXT_ like ?", fullName, anonymous, "%" + fullName + "%");
    }
    jdbc.update("update ACT_HI_COMMENT set MESSAGE_ = replace(MESSAGE_, ?, ?) where MESSAGE_ like ?", fullName, anonymous,
        "%" + fullName + "%");
    if (login == null) {
      return;
    }
    jdbc.update("update ACT_RU_TASK set ASSIGNEE_ = null where ASSIGNEE_ = ?", login);
    jdbc.update("update ACT_RU_TASK set OWNER_ = null where OWNER_ = ?", login);
    jdbc.update("delete from ACT_RU_IDENTITYLINK where USER_ID_ = ?", login);
    jdbc.update("delete from ACT_RU_AUTHORIZATION where USER_ID_ = ?", login);
    jdbc.update("update ACT_RU_VARIABLE set TEXT_ = ? where TEXT_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_VARINST set TEXT_ = ? where TEXT_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = ? where ASSIGNEE_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_TASKINST set OWNER_ = ? where OWNER_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_IDENTITYLINK set USER_ID_ = ? where USER_ID_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_PROCINST set START_USER_ID_ = ? where START_USER_ID_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_OP_LOG set USER_ID_ = ? where USER_ID_ = ?", anonymous, login);
    jdbc.update("update ACT_HI_COMMENT set USER_ID_ = ? where USER_ID_ = ?", anonymous, login);
  }

  private void delete(List<ProcessInstance> instances, String why) {
    for (ProcessInstance instance : instances) {
      Privileged.run(identity, () -> runtime.deleteProcessInstance(instance.getId(), why));
    }
  }
}
