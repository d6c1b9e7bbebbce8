package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** every single-document update is atomic, whoever calls it. */
class ConcurrencyTest extends DatabaseTest {

    @Test
    void concurrent_increments_of_one_document_are_all_counted() throws Exception {
        db.collection("todos").add(Map.of("_id", "counter", "n", 0, "log", List.of()));
        int threads = 8;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        db.collection("todos").doc("counter").update(Map.of("n", Command.inc(1)));
                        db.collection("todos").where(Map.of("_id", "counter"))
                                .update(Map.of("log", Command.push(worker)));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> doc = db.collection("todos").doc("counter").get().data();
        assertThat(doc.get("n")).isEqualTo(threads * perThread);
        assertThat((List<?>) doc.get("log")).hasSize(threads * perThread);
    }

    @Test
    void readers_never_see_half_of_a_multi_document_update() throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add(Map.of("v", 0));
        }
        db.collection("todos").add(docs);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    db.collection("todos").update(Map.of("v", Command.inc(1)));
                }
            });
            Future<List<Long>> reader = pool.submit(() -> {
                List<Long> distinct = new ArrayList<>();
                while (!writer.isDone()) {
                    distinct.add(db.collection("todos").limit(1000).get().data().stream()
                            .map(d -> d.get("v")).distinct().count());
                }
                return distinct;
            });
            writer.get();
            assertThat(reader.get()).allMatch(n -> n == 1);
        } finally {
            pool.shutdown();
        }
    }
}
