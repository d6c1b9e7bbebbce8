package dev.minicloud.samples;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Command;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The README's first command: boots an environment, writes and queries documents the way a cloud function would,
 * and prints each result in the SDK's shape.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
        EmulatorConfiguration config = EmulatorConfiguration.builder()
                .setEnvId("demo-1a2b")
                .addCollection("todos")
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z"))
                .build();
        long started = System.nanoTime();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
            System.out.printf("Environment %s ready in %.2f ms%n%n", env.envId(), (System.nanoTime() - started) / 1e6);
            Database db = env.database();
            CollectionReference todos = db.collection("todos");

            show("add", todos.add(Map.of("title", "write tests", "progress", 20, "tags", List.of("dev"),
                    "createdAt", db.serverDate())));
            show("add (batch)", todos.add(List.of(
                    Map.of("_id", "t2", "title", "ship", "progress", 80, "style", Map.of("color", "red")),
                    Map.of("_id", "t3", "title", "celebrate", "progress", 100, "tags", List.of("fun", "dev")))));

            show("where progress > 50, newest first",
                    todos.where(Map.of("progress", Command.gt(50))).orderBy("progress", "desc").get());
            show("where tags contains dev", todos.where(Map.of("tags", "dev")).field(Map.of("title", true)).get());
            show("count", todos.count());

            env.clock().advance(Duration.ofMinutes(5));
            show("update t2: nested merge, inc, push, serverDate", todos.doc("t2").update(Map.of(
                    "style", Map.of("size", "L"),
                    "progress", Command.inc(15),
                    "tags", Command.push("urgent"),
                    "updatedAt", db.serverDate())));
            show("doc t2", todos.doc("t2").get());

            show("remove done", todos.where(Map.of("progress", Command.gte(95))).remove());
            try {
                db.collection("missing").get();
            } catch (dev.minicloud.emulator.CloudException e) {
                System.out.printf("missing collection -> errCode %d%n  %s%n", e.errCode(), e.errMsg());
            }
        }
    }

    private static void show(String label, Object result) {
        System.out.println(label + " ->");
        System.out.println("  " + Json.stringify(result instanceof Record r ? asMap(r) : result));
        System.out.println();
    }

    /** Prints a result record in the SDK's JSON shape. */
    private static Object asMap(Record r) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (var c : r.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(r);
                String name = c.getName().equals("id") ? "_id" : c.getName().equals("ids") ? "_ids" : c.getName();
                map.put(name, v instanceof Record nested ? asMap(nested) : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }
}
