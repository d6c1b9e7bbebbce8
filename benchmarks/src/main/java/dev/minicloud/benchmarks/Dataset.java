package dev.minicloud.benchmarks;

import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.command.AggregateCommand;
import dev.minicloud.emulator.database.command.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark data set both stores load: 10,000 documents of about 200 bytes, with 100 distinct cities and colours
 * spread evenly through the collection, so that every equality query has about 100 hits and has to scan everything.
 */
final class Dataset {
    static final int SIZE = 10_000;

    private Dataset() {}

    static List<Map<String, Object>> documents() {
        Random random = new Random(42);
        List<Map<String, Object>> docs = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            docs.add(document(i, random));
        }
        return docs;
    }

    static Map<String, Object> document(int i, Random random) {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("color", "color-" + (i * 7 % 100));
        style.put("size", i % 2 == 0 ? "L" : "M");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", "doc-" + i);
        doc.put("name", "user-" + i);
        doc.put("city", "city-" + (i % 100));
        doc.put("age", 18 + random.nextInt(60));
        doc.put("score", Math.round(random.nextDouble() * 10_000) / 100.0);
        doc.put("style", style);
        doc.put("tags", List.of("t" + (i % 5), "t" + (i % 11), "t" + (i % 13)));
        doc.put("note", "lorem ipsum dolor sit amet " + i);
        return doc;
    }

    /** Adds {@code size} documents of this shape to a collection, 10,000 per call. */
    static void load(CollectionReference collection, int size) {
        Random random = new Random(42);
        for (int from = 0; from < size; from += 10_000) {
            List<Map<String, Object>> batch = new ArrayList<>(10_000);
            for (int i = from; i < Math.min(size, from + 10_000); i++) {
                batch.add(document(i, random));
            }
            collection.add(batch);
        }
    }

    /**
     * The benchmarks' {@code match + group + sort}: people of at least {@code age}, grouped by city with a count and
     * an average score, most populous city first, with a {@code limit} of 1,000 (the platform returns 20 without).
     */
    static Object matchGroupSort(CollectionReference people, int age) {
        AggregateCommand $ = Command.aggregate;
        return people.aggregate()
                .match(Map.of("age", Command.gte(age)))
                .group(Map.of("_id", "$city", "people", $.sum(1), "score", $.avg("$score")))
                .sort(Map.of("people", -1, "_id", 1))
                .limit(1000)
                .end().list();
    }

    /** A new document for insert benchmarks, without an id (each store generates its own). */
    static Map<String, Object> fresh(int i, Random random) {
        Map<String, Object> doc = document(i, random);
        doc.remove("_id");
        return doc;
    }
}
