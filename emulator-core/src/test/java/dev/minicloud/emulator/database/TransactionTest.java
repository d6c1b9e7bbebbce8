package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.database.value.Geo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** transactions, their isolation, conflicts and retries, against concurrent callers. */
class TransactionTest extends DatabaseTest {
    private static final String CONFLICT = "-502001 database request fail. [ResourceUnavailable.TransactionConflict]"
            + " Transaction is conflict, maybe resource operated by others. Please check your request, but if the"
            + " problem persists, contact us.";

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeEach
    void seedAccounts() {
        db.createCollection("accounts");
        db.collection("accounts").add(List.of(json("{'_id': 'alice', 'balance': 100}"),
                json("{'_id': 'bob', 'balance': 50}")));
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private int balance(String id) {
        return (Integer) db.collection("accounts").doc(id).get().data().get("balance");
    }

    private static void fails(ThrowingCallable call, String errMsg) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-502001);
            assertThat(e.errMsg()).isEqualTo(errMsg);
        });
    }

    private void transfer(Transaction t, String from, String to, int amount) {
        t.collection("accounts").doc(from).update(Map.of("balance", Command.inc(-amount)));
        t.collection("accounts").doc(to).update(Map.of("balance", Command.inc(amount)));
    }

    // ---- commit, reads and rollback ----

    @Test
    void commit_makes_every_write_visible_at_once() {
        Transaction t = db.startTransaction();
        transfer(t, "alice", "bob", 30);
        AddResult added = t.collection("todos").add(Map.of("title", "log transfer"));
        t.collection("accounts").doc("carol").set(Map.of("balance", 0));
        assertThat(balance("alice")).isEqualTo(100);
        assertThat(db.collection("todos").count().total()).isZero();
        assertThat(db.withThrowOnNotFound(false).collection("accounts").doc("carol").get().data()).isNull();
        t.commit();
        assertThat(balance("alice")).isEqualTo(70);
        assertThat(balance("bob")).isEqualTo(80);
        assertThat(balance("carol")).isZero();
        assertThat(db.collection("todos").doc(added.id()).get().data()).containsEntry("title", "log transfer");
        assertThat(added.errMsg()).isEqualTo("collection.add:ok");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void reads_inside_see_own_writes_and_otherwise_committed_data() {
        Transaction t = db.startTransaction();
        TransactionDocument alice = t.collection("accounts").doc("alice");
        assertThat(alice.update(Map.of("balance", Command.inc(-1))).stats().updated()).isEqualTo(1);
        assertThat(alice.get().data()).containsEntry("balance", 99);
        assertThat(t.collection("accounts").doc("bob").remove().stats().removed()).isEqualTo(1);
        assertThat(t.collection("accounts").doc("bob").get().data()).isNull();
        assertThat(t.collection("accounts").doc("bob").set(Map.of("balance", 7)).stats().created()).isEqualTo(1);
        assertThat(t.collection("accounts").doc("bob").get().data()).isEqualTo(Map.of("_id", "bob", "balance", 7));
        db.collection("todos").add(Map.of("_id", "outside", "n", 1));
        assertThat(t.collection("todos").doc("outside").get().data()).containsEntry("n", 1);
        t.commit();
        assertThat(balance("bob")).isEqualTo(7);
    }

    @Test
    void a_document_read_in_a_transaction_reads_the_same_until_the_transaction_writes_it() {
        Transaction t = db.startTransaction();
        assertThat(t.collection("accounts").doc("alice").get().data()).containsEntry("balance", 100);
        db.collection("accounts").doc("alice").update(Map.of("balance", 1));
        assertThat(t.collection("accounts").doc("alice").get().data()).containsEntry("balance", 100);
        assertThat(t.collection("accounts").doc("bob").get().data()).containsEntry("balance", 50);
        t.commit();
        assertThat(balance("alice")).isEqualTo(1);
    }

    @Test
    void doc_get_inside_a_transaction_gives_null_for_a_missing_document() {
        Transaction t = db.startTransaction();
        DocumentResult r = t.collection("accounts").doc("nobody").get();
        assertThat(r.data()).isNull();
        assertThat(r.errMsg()).isEqualTo("document.get:ok");
        t.rollback();
    }

    @Test
    void results_have_the_sdk_shapes() {
        Transaction t = db.startTransaction();
        SetResult set = t.collection("accounts").doc("alice").set(Map.of("balance", 100));
        assertThat(set).isEqualTo(new SetResult("alice", "document.set:ok", new SetResult.Stats(0, 0)));
        assertThat(t.collection("accounts").doc("alice").update(Map.of("balance", 1)))
                .isEqualTo(new UpdateResult(new UpdateResult.Stats(1), "document.update:ok"));
        assertThat(t.collection("accounts").doc("nobody").remove())
                .isEqualTo(new RemoveResult(new RemoveResult.Stats(0), "document.remove:ok"));
        t.commit();
    }

    @Test
    void rollback_leaves_no_trace() {
        Transaction t = db.startTransaction();
        transfer(t, "alice", "bob", 30);
        t.collection("accounts").add(Map.of("_id", "carol", "balance", 1));
        t.collection("accounts").doc("alice").remove();
        t.rollback();
        assertThat(balance("alice")).isEqualTo(100);
        assertThat(balance("bob")).isEqualTo(50);
        assertThat(db.collection("accounts").count().total()).isEqualTo(2);
        db.collection("accounts").add(Map.of("_id", "carol", "balance", 2));
        db.collection("accounts").doc("alice").update(Map.of("balance", 1));
        assertThat(balance("alice")).isEqualTo(1);
    }

    @Test
    void operations_after_the_end_fail() {
        Transaction t = db.startTransaction();
        t.commit();
        fails(t::commit, "transaction.commit:fail -502001 database request fail. Transaction has been committed.");
        fails(t::rollback, "transaction.rollback:fail -502001 database request fail. Transaction has been committed.");
        Transaction u = db.startTransaction();
        u.rollback();
        u.rollback();
        fails(() -> u.collection("accounts").doc("alice").get(), "document.get:fail -502001 database request fail."
                + " Transaction has been aborted.");
        fails(u::commit, "transaction.commit:fail -502001 database request fail. Transaction has been aborted.");
    }

    @Test
    void checks_inside_a_transaction_are_the_usual_ones() {
        Transaction t = db.startTransaction();
        assertThatThrownBy(() -> t.collection("nope").doc("x").get()).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.errMsg()).startsWith("document.get:fail -502005 database collection not exists."));
        assertThatThrownBy(() -> t.collection("accounts").add(Map.of("_id", "alice"))).isInstanceOfSatisfying(
                CloudException.class, e -> assertThat(e.errMsg()).isEqualTo("collection.add:fail -501001 resource"
                        + " system error. [FailedOperation] E11000 duplicate key error collection: test-1a2b.accounts"
                        + " index: _id_ dup key: { _id: \"alice\" }"));
        assertThatThrownBy(() -> t.collection("accounts").doc("alice").update(Map.of())).isInstanceOfSatisfying(
                CloudException.class, e -> assertThat(e.errMsg()).isEqualTo("options.data must not be empty"));
        fails(() -> t.collection("accounts").doc("alice").set(Map.of("balance", Command.inc(1))),
                "document.set:fail -502001 database request fail. update operator complicit");
        assertThatThrownBy(() -> t.collection("")).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.errMsg()).isEqualTo("Collection name is required"));
        assertThat(t.isOpen()).isTrue();
        t.rollback();
    }

    // ---- conflicts ----

    @Test
    void two_transactions_writing_one_document_conflict_and_the_second_is_aborted() {
        Transaction first = db.startTransaction();
        Transaction second = db.startTransaction();
        first.collection("accounts").doc("alice").update(Map.of("balance", 1));
        fails(() -> second.collection("accounts").doc("alice").update(Map.of("balance", 2)),
                "document.update:fail " + CONFLICT);
        assertThat(second.isOpen()).isFalse();
        first.commit();
        assertThat(balance("alice")).isEqualTo(1);
    }

    @Test
    void two_transactions_adding_one_new_id_conflict() {
        Transaction first = db.startTransaction();
        Transaction second = db.startTransaction();
        first.collection("accounts").add(Map.of("_id", "carol"));
        fails(() -> second.collection("accounts").doc("carol").set(Map.of("balance", 5)),
                "document.set:fail " + CONFLICT);
        first.commit();
        assertThat(db.collection("accounts").doc("carol").get().data()).isEqualTo(Map.of("_id", "carol"));
    }

    @Test
    void writing_a_document_changed_since_the_transaction_read_it_conflicts() {
        Transaction t = db.startTransaction();
        int seen = (Integer) t.collection("accounts").doc("alice").get().data().get("balance");
        db.collection("accounts").doc("alice").update(Map.of("balance", Command.inc(5)));
        fails(() -> t.collection("accounts").doc("alice").set(Map.of("balance", seen - 10)),
                "document.set:fail " + CONFLICT);
        assertThat(balance("alice")).isEqualTo(105);
    }

    @Test
    void run_transaction_commits_and_returns_the_callback_result() {
        int left = db.runTransaction(t -> {
            int balance = (Integer) t.collection("accounts").doc("alice").get().data().get("balance");
            t.collection("accounts").doc("alice").update(Map.of("balance", balance - 10));
            return balance - 10;
        });
        assertThat(left).isEqualTo(90);
        assertThat(balance("alice")).isEqualTo(90);
    }

    @Test
    void run_transaction_rolls_back_and_rethrows_when_the_callback_throws() {
        IllegalStateException boom = new IllegalStateException("insufficient funds");
        assertThatThrownBy(() -> db.runTransaction(t -> {
            transfer(t, "alice", "bob", 500);
            throw boom;
        })).isSameAs(boom);
        assertThat(balance("alice")).isEqualTo(100);
        assertThat(balance("bob")).isEqualTo(50);
    }

    @Test
    void rollback_with_a_reason_fails_run_transaction_with_that_reason() {
        assertThatThrownBy(() -> db.runTransaction(t -> {
            transfer(t, "alice", "bob", 500);
            t.rollback(Map.of("code", "NO_MONEY"));
            return "unreachable";
        })).isInstanceOfSatisfying(TransactionAbortedException.class,
                e -> assertThat(e.reason()).isEqualTo(Map.of("code", "NO_MONEY")));
        assertThatThrownBy(() -> db.runTransaction(t -> {
            t.rollback(-1);
            throw new IllegalStateException("after rollback");
        })).isInstanceOfSatisfying(TransactionAbortedException.class, e -> assertThat(e.reason()).isEqualTo(-1));
        assertThat(balance("alice")).isEqualTo(100);
    }

    @Test
    void only_conflicts_are_retried_and_at_most_times_times() {
        Transaction holder = db.startTransaction();
        holder.collection("accounts").doc("alice").update(Map.of("balance", 0));
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> db.runTransaction(t -> {
            runs.incrementAndGet();
            return t.collection("accounts").doc("alice").update(Map.of("balance", 1));
        }, 2)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.errMsg()).isEqualTo("document.update:fail " + CONFLICT));
        assertThat(runs).hasValue(3);
        holder.rollback();

        runs.set(0);
        assertThatThrownBy(() -> db.runTransaction(t -> {
            runs.incrementAndGet();
            return t.collection("nope").doc("x").get();
        })).isInstanceOf(CloudException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_conflict_retried_in_a_new_transaction_sees_the_committed_value() {
        Transaction other = db.startTransaction();
        other.collection("accounts").doc("alice").update(Map.of("balance", Command.inc(1000)));
        AtomicInteger runs = new AtomicInteger();
        int result = db.runTransaction(t -> {
            if (runs.incrementAndGet() == 2) {
                other.commit();
            }
            Map<String, Object> alice = t.collection("accounts").doc("alice").get().data();
            int next = (Integer) alice.get("balance") + 1;
            t.collection("accounts").doc("alice").set(Map.of("balance", next));
            return next;
        }, 5);
        assertThat(runs).hasValue(2);
        assertThat(result).isEqualTo(1101);
        assertThat(balance("alice")).isEqualTo(1101);
    }

    // ---- concurrent callers ----

    @Test
    void a_concurrent_reader_never_sees_uncommitted_data() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Future<List<Integer>> reader = pool.submit(() -> {
            List<Integer> sums = new ArrayList<>();
            while (!done.get()) {
                int sum = 0;
                for (Map<String, Object> a : db.collection("accounts").get().data()) {
                    sum += (Integer) a.get("balance");
                }
                sums.add(sum);
            }
            return sums;
        });
        for (int i = 0; i < 300; i++) {
            int amount = i % 7 + 1;
            db.runTransaction(t -> {
                transfer(t, "alice", "bob", amount);
                transfer(t, "bob", "alice", amount * 2);
                return null;
            });
        }
        done.set(true);
        assertThat(reader.get()).isNotEmpty().allMatch(sum -> sum == 150);
        assertThat(balance("alice") + balance("bob")).isEqualTo(150);
    }

    @Test
    void a_write_outside_any_transaction_waits_for_the_transaction_holding_its_document() throws Exception {
        Transaction t = db.startTransaction();
        t.collection("accounts").doc("alice").update(Map.of("balance", Command.inc(10)));
        CountDownLatch started = new CountDownLatch(1);
        Future<UpdateResult> writer = pool.submit(() -> {
            started.countDown();
            return db.collection("accounts").where(Map.of("balance", Command.gte(0)))
                    .update(Map.of("balance", Command.inc(1)));
        });
        started.await();
        Thread.sleep(50);
        assertThat(writer.isDone()).isFalse();
        assertThat(balance("bob")).isEqualTo(50);
        t.commit();
        assertThat(writer.get(5, TimeUnit.SECONDS).stats().updated()).isEqualTo(2);
        assertThat(balance("alice")).isEqualTo(111);
        assertThat(balance("bob")).isEqualTo(51);
    }

    @Test
    void a_waiting_add_of_an_id_the_transaction_inserted_fails_as_a_duplicate_once_committed() throws Exception {
        Transaction t = db.startTransaction();
        t.collection("accounts").add(Map.of("_id", "carol", "balance", 1));
        Future<AddResult> writer = pool.submit(() -> db.collection("accounts").add(Map.of("_id", "carol")));
        Thread.sleep(50);
        t.commit();
        assertThatThrownBy(() -> writer.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CloudException.class)
                .cause().hasMessageContaining("E11000 duplicate key error");
    }

    @Test
    void a_write_outside_gives_up_after_the_lock_timeout_without_harm() {
        try (CloudEnvironment quick = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollection("accounts").setTransactionLockTimeout(Duration.ofMillis(100)).build())) {
            Database qdb = quick.database();
            qdb.collection("accounts").add(Map.of("_id", "alice", "balance", 100));
            Transaction t = qdb.startTransaction();
            t.collection("accounts").doc("alice").update(Map.of("balance", 0));
            fails(() -> qdb.collection("accounts").doc("alice").update(Map.of("balance", 1)),
                    "document.update:fail " + CONFLICT);
            assertThat(qdb.collection("accounts").doc("alice").get().data()).containsEntry("balance", 100);
            t.rollback();
            qdb.collection("accounts").doc("alice").update(Map.of("balance", 1));
            assertThat(qdb.collection("accounts").doc("alice").get().data()).containsEntry("balance", 1);
        }
    }

    @Test
    void concurrent_transfers_keep_the_total_and_count_every_transfer() throws Exception {
        db.collection("accounts").add(List.of(json("{'_id': 'carol', 'balance': 100}"),
                json("{'_id': 'dave', 'balance': 100}")));
        List<String> names = List.of("alice", "bob", "carol", "dave");
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    String from = names.get((worker + i) % 4);
                    String to = names.get((worker + i + 1) % 4);
                    db.runTransaction(t -> {
                        transfer(t, from, to, 1);
                        t.collection("todos").add(Map.of("from", from, "to", to));
                        return null;
                    }, 10_000);
                    db.collection("accounts").doc(to).update(Map.of("touched", Command.inc(1)));
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS);
        }
        int total = 0;
        int touched = 0;
        for (Map<String, Object> a : db.collection("accounts").get().data()) {
            total += (Integer) a.get("balance");
            touched += (Integer) a.get("touched");
        }
        assertThat(total).isEqualTo(350);
        assertThat(touched).isEqualTo(400);
        assertThat(db.collection("todos").count().total()).isEqualTo(400);
    }

    @Test
    void closing_the_environment_with_an_open_transaction_discards_it() {
        CloudEnvironment other = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollection("accounts").build());
        Transaction t = other.database().startTransaction();
        t.collection("accounts").add(Map.of("_id", "x"));
        other.close();
        assertThat(other.isClosed()).isTrue();
    }

    @Test
    void geo_values_read_inside_a_transaction_are_geo_values() {
        db.collection("users").add(Map.of("_id", "u", "home", Geo.point(1, 2)));
        Transaction t = db.startTransaction();
        assertThat(t.collection("users").doc("u").get().data()).containsEntry("home", Geo.point(1, 2));
        t.rollback();
    }
}
