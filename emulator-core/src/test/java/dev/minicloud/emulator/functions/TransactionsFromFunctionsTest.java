package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code db.startTransaction()} and {@code db.runTransaction()} from a cloud function (the {@code bank} fixture):
 * result shapes, commit and rollback, the SDK's retry on conflicts (also between two calls running at once), and
 * transactions a function leaves open, which never write anything and never keep their documents locked.
 */
class TransactionsFromFunctionsTest extends FunctionsTest {
    private static final String CONFLICT = "database request fail. [ResourceUnavailable.TransactionConflict]"
            + " Transaction is conflict, maybe resource operated by others. Please check your request, but if the"
            + " problem persists, contact us.";

    @Override
    EmulatorConfiguration.Builder configuration() {
        // Short, so that a document a finished function left locked makes the writes below fail.
        return super.configuration().addCollections("accounts", "transfers", "signals")
                .setTransactionLockTimeout(Duration.ofMillis(100));
    }

    @BeforeEach
    void seedAccounts() {
        seed(env);
    }

    private static void seed(CloudEnvironment env) {
        env.database().collection("accounts").add(List.of(Map.of("_id", "alice", "balance", 100),
                Map.of("_id", "bob", "balance", 50)));
    }

    private Map<String, Object> run(String scenario) {
        return runCase("bank", scenario);
    }

    private Object balance(String account) {
        return env.database().collection("accounts").doc(account).get().data().get("balance");
    }

    /** The accounts as seeded, no transfer logged, and nothing holds their documents any more. */
    private void assertNothingWritten() {
        assertThat(env.database().collection("accounts").get().data()).isEqualTo(List.of(
                Map.of("_id", "alice", "balance", 100), Map.of("_id", "bob", "balance", 50)));
        assertThat(env.database().collection("transfers").count().total()).isZero();
        env.database().collection("accounts").doc("alice").update(Map.of("balance", Command.inc(1)));
    }

    private static Map<String, Object> failure(int errCode, String errMsg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errCode", errCode);
        m.put("errMsg", errMsg);
        return m;
    }

    @Test
    void start_transaction_steps_have_the_usual_result_shapes_and_commit_makes_all_writes_visible_at_once() {
        Map<String, Object> r = run("startAndCommit");

        assertThat(r.get("read")).isEqualTo(Map.of("data", Map.of("_id", "alice", "balance", 100),
                "errMsg", "document.get:ok"));
        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("data", null);
        missing.put("errMsg", "document.get:ok");
        assertThat(r.get("missing")).isEqualTo(missing);
        assertThat(r.get("debited")).isEqualTo(Map.of("stats", Map.of("updated", 1), "errMsg", "document.update:ok"));
        assertThat(r.get("created")).isEqualTo(Map.of("_id", "carol", "errMsg", "document.set:ok",
                "stats", Map.of("updated", 0, "created", 1)));
        assertThat(r.get("logged")).isEqualTo(Map.of("_id", "tr1", "errMsg", "collection.add:ok"));
        assertThat(r.get("insideSees")).isEqualTo(70);
        assertThat(r.get("outsideSees")).isEqualTo(100);
        assertThat(r.get("committed")).isEqualTo(Map.of("errMsg", "transaction.commit:ok"));
        assertThat(r.get("afterCommit")).isEqualTo(70);
        assertThat(balance("bob")).isEqualTo(80);
        assertThat(balance("carol")).isEqualTo(0);
        assertThat(env.database().collection("transfers").count().total()).isEqualTo(1);
    }

    @Test
    void rollback_leaves_nothing_of_the_transaction() {
        Map<String, Object> r = run("startAndRollback");

        assertThat(r.get("removed")).isEqualTo(Map.of("stats", Map.of("removed", 1), "errMsg", "document.remove:ok"));
        assertThat(r.get("rolledBack")).isEqualTo(Map.of("errMsg", "transaction.rollback:ok"));
        assertNothingWritten();
    }

    @Test
    void steps_after_commit_or_rollback_reject_with_the_service_errors() {
        Map<String, Object> r = run("stepsAfterTheEnd");

        assertThat(r.get("getAfterCommit")).isEqualTo(failure(-502001,
                "document.get:fail -502001 database request fail. Transaction has been committed."));
        assertThat(r.get("commitAgain")).isEqualTo(failure(-502001,
                "transaction.commit:fail -502001 database request fail. Transaction has been committed."));
        assertThat(r.get("rollbackAfterCommit")).isEqualTo(failure(-502001,
                "transaction.rollback:fail -502001 database request fail. Transaction has been committed."));
        assertThat(r.get("updateAfterRollback")).isEqualTo(failure(-502001,
                "document.update:fail -502001 database request fail. Transaction has been aborted."));
        assertThat(r.get("rollbackAgain")).isEqualTo(Map.of("errMsg", "transaction.rollback:ok"));
    }

    @Test
    void run_transaction_commits_and_resolves_with_the_callbacks_value() {
        assertThat(run("runTransfer")).isEqualTo(Map.of("left", 60, "runs", 1));
        assertThat(balance("alice")).isEqualTo(60);
        assertThat(balance("bob")).isEqualTo(90);
    }

    @Test
    void rollback_with_a_reason_makes_run_transaction_reject_with_that_reason() {
        assertThat(run("runRollbackWithReason")).isEqualTo(Map.of("reason",
                Map.of("code", "INSUFFICIENT_FUNDS", "balance", 50), "runs", 1));
        assertNothingWritten();
    }

    @Test
    void rollback_without_a_reason_makes_run_transaction_reject_with_the_rollback_result() {
        assertThat(run("runRollbackWithoutReason")).isEqualTo(Map.of("reason",
                Map.of("errMsg", "transaction.rollback:ok")));
        assertNothingWritten();
    }

    @Test
    void a_callback_that_throws_rolls_back_and_run_transaction_rejects_with_its_error() {
        assertThat(run("runThrows")).isEqualTo(Map.of("message", "daily limit exceeded", "isError", true));
        assertNothingWritten();
    }

    @Test
    void a_conflict_runs_the_callback_again_in_a_new_transaction() {
        assertThat(run("retryInOneCall")).isEqualTo(Map.of("left", 95, "runs", 2));
        assertThat(balance("alice")).isEqualTo(95);
        assertThat(balance("bob")).isEqualTo(60);
    }

    @Test
    void a_conflict_that_outlasts_the_retries_rejects_with_the_conflict_error_after_times_plus_one_runs() {
        assertThat(run("conflictOutlastsRetries")).isEqualTo(Map.of(
                "error", failure(-502001, "document.update:fail -502001 " + CONFLICT), "runs", 2));
        assertNothingWritten();
    }

    @Test
    void two_calls_at_once_conflict_and_the_later_transfer_retries_after_the_first_commits() throws Exception {
        // A running clock: the two calls wait for each other's signals for real.
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (CloudEnvironment live = CloudEmulator.newEnvironment(configuration().setClock(VirtualClock.system())
                .setFunctionTimeout(Duration.ofSeconds(20)).build())) {
            seed(live);
            Future<FunctionResult> holder = callers.submit(
                    () -> live.functions().call("bank", Map.of("case", "holder")));
            Future<FunctionResult> contender = callers.submit(
                    () -> live.functions().call("bank", Map.of("case", "contender")));

            FunctionResult first = holder.get(30, TimeUnit.SECONDS);
            FunctionResult second = contender.get(30, TimeUnit.SECONDS);
            assertThat(first.result()).as(first.errMsg()).isEqualTo("committed");
            assertThat(second.result()).as(second.errMsg()).isEqualTo(Map.of("left", 85, "runs", 2));
            assertThat(live.database().collection("accounts").doc("alice").get().data()).containsEntry("balance", 85);
            assertThat(live.database().collection("accounts").doc("bob").get().data()).containsEntry("balance", 55);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void a_function_that_throws_mid_transaction_writes_nothing_and_releases_its_documents() {
        FunctionResult r = call("bank", Map.of("case", "throwMidway"));

        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg())
                .isEqualTo("callFunction:fail -504002 functions execute fail. Error: payment gateway down");
        assertNothingWritten();
    }

    @Test
    void a_transaction_left_open_is_rolled_back_when_the_function_ends_with_a_warning() {
        FunctionResult r = call("bank", Map.of("case", "leaveOpen"));

        assertThat(r.result()).isEqualTo("forgot to commit");
        assertThat(r.logs()).anySatisfy(l -> {
            assertThat(l.level()).isEqualTo("warn");
            assertThat(l.message()).isEqualTo("the function ended with 1 open transaction(s), now rolled back:"
                    + " a transaction from db.startTransaction() needs commit() or rollback()");
        });
        assertNothingWritten();
    }

    @Test
    void a_transaction_kept_in_module_state_fails_in_the_next_call_as_aborted() {
        assertThat(call("bank", Map.of("case", "keep")).result()).isEqualTo("kept");

        assertThat(run("useKept")).isEqualTo(Map.of(
                "update", failure(-502001, "document.update:fail -502001 database request fail. Transaction has been"
                        + " aborted."),
                "commit", failure(-502001, "transaction.commit:fail -502001 database request fail. Transaction has"
                        + " been aborted.")));
        assertNothingWritten();
    }

    @Test
    void a_function_stopped_by_its_time_limit_mid_transaction_writes_nothing() {
        FunctionResult r = call("bank", Map.of("case", "hang"));

        assertThat(r.errCode()).isEqualTo(-504003);
        assertNothingWritten();
    }

    @Test
    void a_failing_step_that_is_no_conflict_rejects_with_its_error_and_keeps_the_transaction_usable() {
        Map<String, Object> r = run("stepErrors");

        assertThat(r.get("updateId")).isEqualTo(failure(-501007,
                "document.update:fail -501007 invalid parameters. 不能更新_id的值"));
        assertThat(r.get("missingCollection")).isEqualTo(failure(-502005, "document.get:fail -502005 database"
                + " collection not exists. [ResourceNotFound] Db or Table not exist: nope. Please check your request,"
                + " but if the problem cannot be solved, contact us."));
        assertThat(r.get("addBatch")).isEqualTo(failure(-1, "parameter.data should be object instead of array;"));
        assertThat(r.get("stillUsable")).isEqualTo(Map.of("stats", Map.of("updated", 1),
                "errMsg", "document.update:ok"));
        assertThat(balance("alice")).isEqualTo(101);
        assertThat(r.get("where")).isEqualTo("where() is not supported inside a transaction:"
                + " only doc(id).get/set/update/remove and add are");
        assertThat(r.get("aggregate")).isEqualTo("aggregate() is not supported inside a transaction:"
                + " only doc(id).get/set/update/remove and add are");
    }
}
