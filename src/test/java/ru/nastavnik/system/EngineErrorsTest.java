package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's refusals as a person reads them: Russian, without internals. */
class EngineErrorsTest {

  private static EngineErrors.Refusal translate(int status, String path, String message) {
    return EngineErrors.translate(status, path, "RestException", message, null, task -> false);
  }

  @Test
  void ourBusinessMessageLosesTheEnginesEnglishPrefix() {
    EngineErrors.Refusal refusal = translate(400, "/engine-rest/task/3f2a/submit-form",
        "Cannot submit task form 3f2a-11: Укажите причину отклонения практики");
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.detail()).isEqualTo("Укажите причину отклонения практики");
  }

  @Test
  void aStartFormRefusalToo() {
    assertThat(translate(400, "/engine-rest/process-definition/key/X/submit-form",
        "Cannot instantiate process definition RoadmapImportProcess:1:abc: Выберите файл дорожной карты").detail())
        .isEqualTo("Выберите файл дорожной карты");
  }

  @Test
  void aTaskCompletedByAColleagueIsAConflictNotAnError() {
    EngineErrors.Refusal refusal = EngineErrors.translate(500, "/engine-rest/task/abc/complete", "RestException",
        "Cannot complete task abc: Cannot find task with id abc: task is null", null, task -> task.equals("abc"));
    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.detail()).contains("уже выполнена другим пользователем");
  }

  @Test
  void losingTheRaceIsAConflictToo() {
    EngineErrors.Refusal refusal = EngineErrors.translate(500, "/camunda/api/engine/engine/default/task/abc/submit-form",
        "OptimisticLockingException", "ENGINE-03005 Execution of 'UPDATE TaskEntity' failed", 1, task -> false);
    assertThat(refusal.status()).isEqualTo(409);
  }

  @Test
  void aTaskAColleagueClaimedFirstIsAConflictThatSaysSo() {
    EngineErrors.Refusal claimedBefore = EngineErrors.translate(500, "/engine-rest/task/abc/claim", "TaskAlreadyClaimedException",
        "Task 'abc' is already claimed by someone else.", null, task -> false);
    EngineErrors.Refusal claimedAtOnce = EngineErrors.translate(500, "/engine-rest/task/abc/claim", "OptimisticLockingException",
        "ENGINE-03005 Execution of 'UPDATE TaskEntity[abc]' failed. Entity was updated by another transaction concurrently.",
        1, task -> false);
    for (EngineErrors.Refusal refusal : java.util.List.of(claimedBefore, claimedAtOnce)) {
      assertThat(refusal.status()).isEqualTo(409);
      assertThat(refusal.detail()).isEqualTo("Эту задачу только что взял в работу другой пользователь. Обновите список задач и выберите другую.");
    }
    // Claimed and already completed by the colleague: that is what the curator is told.
    assertThat(EngineErrors.translate(500, "/engine-rest/task/abc/claim", "OptimisticLockingException", "ENGINE-03005", 1,
        task -> true).detail()).contains("уже выполнена другим пользователем");
    EngineErrors.Refusal claimedAndDone = EngineErrors.translate(500, "/engine-rest/task/abc/claim",
        "TaskAlreadyClaimedException", "Task 'abc' is already claimed by someone else.", null, task -> true);
    assertThat(claimedAndDone.status()).isEqualTo(409);
    assertThat(claimedAndDone.detail()).contains("уже выполнена другим пользователем");
  }

  @Test
  void whateverTheEngineTripsOverWhileAColleagueCompletesTheTaskIsAConflict() {
    EngineErrors.Refusal refusal = EngineErrors.translate(500, "/engine-rest/task/abc/complete", "NullPointerException",
        "Cannot invoke \"ExecutionEntity.removeTask(TaskEntity)\" because \"execution\" is null", null, task -> true);
    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.detail()).contains("уже выполнена другим пользователем");
    // A colleague's completion committed between the engine reading the task and checking its (deleted) grants.
    for (String action : java.util.List.of("complete", "submit-form", "claim")) {
      EngineErrors.Refusal late = EngineErrors.translate(403, "/engine-rest/task/abc/" + action, "AuthorizationException",
          "The user with id 'curator1' does not have one of the following permissions: 'TASK_WORK'", null, task -> true);
      assertThat(late.status()).as(action).isEqualTo(409);
      assertThat(late.detail()).contains("уже выполнена другим пользователем");
    }
    // A task of another school that is still open stays forbidden.
    assertThat(EngineErrors.translate(403, "/engine-rest/task/abc/complete", "AuthorizationException",
        "The user with id 'curator1' does not have one of the following permissions: 'TASK_WORK'", null, task -> false).status())
        .isEqualTo(403);
    // The same failure on a task that is still open stays an internal error.
    assertThat(EngineErrors.translate(500, "/engine-rest/task/abc/complete", "NullPointerException", "x is null", null,
        task -> false).status()).isEqualTo(500);
    // The same user twice at once: the second grant of the task loses on the unique key.
    EngineErrors.Refusal twice = EngineErrors.translate(500, "/engine-rest/task/abc/claim", "ProcessEngineException",
        "An exception occurred in the persistence layer. Please check the server logs for a detailed message and the entire"
            + " exception stack trace.", null, task -> false);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.detail()).contains("взял в работу другой пользователь");
    // Elsewhere a persistence failure is not dressed up as a conflict.
    assertThat(EngineErrors.translate(500, "/engine-rest/task/abc/complete", "ProcessEngineException",
        "An exception occurred in the persistence layer.", null, task -> false).status()).isEqualTo(500);
  }

  @Test
  void sqlNeverReachesTheClient() {
    EngineErrors.Refusal refusal = translate(500, "/engine-rest/process-instance/x/variables",
        "ENGINE-03083 Exception while executing Batch Database Operations with message '### Error flushing statements."
            + " Cause: org.postgresql.util.PSQLException: ERROR: invalid byte sequence for encoding \"UTF8\": 0x00"
            + " ### SQL: insert into ACT_RU_VARIABLE values (?, ?)'");
    assertThat(refusal.status()).isEqualTo(500);
    assertThat(refusal.detail()).doesNotContainIgnoringCase("sql").doesNotContain("insert").contains("внутренней ошибки");
  }

  @Test
  void javaSerializationAndBrokenJsonAreTheCallersMistake() {
    assertThat(translate(500, "/engine-rest/process-definition/key/X/start",
        "Cannot instantiate process definition X: ENGINE-17007 Cannot set variable with name v. Java serialization format is prohibited")
        .status()).isEqualTo(400);
    assertThat(translate(500, "/engine-rest/process-definition/key/X/start",
        "Cannot instantiate process definition X: SPIN/JACKSON-JSON-01004 Unable to parse input into json node").status())
        .isEqualTo(400);
  }

  @Test
  void englishRefusalsOfTheEngineBecomeRussian() {
    assertThat(translate(403, "/engine-rest/task/x", "The user with id 'curator1' does not have 'READ' permission").detail())
        .isEqualTo("Недостаточно прав для этого действия.");
    assertThat(translate(404, "/engine-rest/process-instance/x", "Process instance with id x does not exist").detail())
        .startsWith("Запрошенный объект не найден");
    assertThat(translate(401, "/camunda/api/admin/auth/user/default/login/tasklist", null).detail())
        .isEqualTo("Неверный логин или пароль.");
  }

  @Test
  void quotedValuesAreCut() {
    assertThat(Problems.quote("я".repeat(5000))).hasSize(Problems.MAX_QUOTE + 1).endsWith("…");
  }

  @Test
  void aNulIsFoundInJsonAndFormsButAnEscapedBackslashIsNot() {
    assertThat(InputGuardFilter.containsNul("{\"a\":\"x\\u0000y\"}".getBytes(), true)).isTrue();
    assertThat(InputGuardFilter.containsNul("{\"a\":\"x\\\\u0000y\"}".getBytes(), true)).isFalse();
    assertThat(InputGuardFilter.containsNul(new byte[] {'a', 0, 'b'}, true)).isTrue();
    assertThat(InputGuardFilter.containsNul("username=a%00b".getBytes(), false)).isTrue();
    assertThat(InputGuardFilter.containsNul("{\"a\":\"Иванова\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), true)).isFalse();
  }
}
