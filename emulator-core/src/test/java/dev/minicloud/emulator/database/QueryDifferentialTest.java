package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A randomized differential test of the query engine: thousands of random documents (missing fields, null, ints,
 * longs and doubles at and beyond 2^53 and 2^63, NaN, strings, booleans, dates, arrays of scalars, of sub-documents
 * and of arrays), random queries with every comparison and logic command on nested and array paths, and random
 * writes in between. Every query runs with the automatic path indexes, in scan mode, and through a brute-force
 * evaluator of MongoDB's rules written here ({@link MongoOracle}); all three must agree, as must {@code orderBy}
 * with a brute-force sort and every write with a model of the collection. A fourth environment, seeded from a
 * snapshot of the first documents (so it shares the snapshot's documents and copies them on write), takes the same
 * writes and must give the same answers, while a twin seeded from the same snapshot must keep the snapshot's data.
 *
 * <p>CI runs a fixed seed. For longer runs: {@code -Dminicloud.fuzz.seed=<n> -Dminicloud.fuzz.rounds=<n>} (see
 * docs/database.md). A failure names the seed, the round, the query and the differing ids.
 */
class QueryDifferentialTest {
    private static final long DEFAULT_SEED = 20240317L;
    private static final int DEFAULT_ROUNDS = 6;
    private static final int QUERIES_PER_ROUND = 30;
    private static final int WRITES_PER_ROUND = 30;
    /** Above the size from which collections build path indexes. */
    private static final int DOCUMENTS = 1300;
    private static final int PAGE = 1000;

    private final long seed = Long.getLong("minicloud.fuzz.seed", DEFAULT_SEED);
    private final int rounds = Integer.getInteger("minicloud.fuzz.rounds", DEFAULT_ROUNDS);
    private final Random random = new Random(seed);
    private final FuzzValues values = new FuzzValues(random);
    private final FuzzModel model = new FuzzModel();
    private final FuzzConditions conditions = new FuzzConditions(values, model.documents());
    private CloudEnvironment indexed;
    private CloudEnvironment scan;
    private CloudEnvironment seeded;
    private CloudEnvironment twin;
    private String context = "";

    private static CloudEnvironment environment(boolean pathIndexes) {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .setEnvId("fuzz-1a2b")
                .addCollections("docs")
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z"))
                .setPathIndexes(pathIndexes)
                .build());
    }

    @BeforeEach
    void start() {
        indexed = environment(true);
        scan = environment(false);
    }

    @AfterEach
    void close() {
        for (CloudEnvironment env : new CloudEnvironment[] {indexed, scan, seeded, twin}) {
            if (env != null) {
                env.close();
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** Every result of a query, page by page. */
    private static List<Map<String, Object>> all(Supplier<Query> query) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            List<Map<String, Object>> data = query.get().skip(skip).limit(PAGE).get().data();
            out.addAll(data);
            if (data.size() < PAGE) {
                return out;
            }
        }
    }

    private static List<Object> ids(List<Map<String, Object>> docs) {
        return docs.stream().map(d -> d.get("_id")).toList();
    }

    private String describe(FuzzConditions.Condition c) {
        return "seed " + seed + " (-Dminicloud.fuzz.seed=" + seed + "), " + context + ", query " + c + " sent as "
                + c.api();
    }

    private void checkQuery(FuzzConditions.Condition c) {
        List<Object> viaIndex = ids(all(() -> FuzzWrites.where(indexed, c.api())));
        List<Object> viaScan = ids(all(() -> FuzzWrites.where(scan, c.api())));
        List<Object> expected = ids(model.documents().stream().filter(c::test).toList());
        if (!sorted(viaScan).equals(sorted(expected))) {
            fail(describe(c) + ": scan mode differs from the oracle; only in scan " + minus(viaScan, expected)
                    + ", only in oracle " + minus(expected, viaScan) + "; first of them: " + firstDocument(
                    minus(viaScan, expected), minus(expected, viaScan)));
        }
        if (!viaIndex.equals(viaScan)) {
            fail(describe(c) + ": indexed mode differs from scan mode; only indexed " + minus(viaIndex, viaScan)
                    + ", only in scan " + minus(viaScan, viaIndex));
        }
        List<Object> viaSeeded = ids(all(() -> FuzzWrites.where(seeded, c.api())));
        if (!viaSeeded.equals(viaScan)) {
            fail(describe(c) + ": the seeded environment differs from scan mode; only seeded "
                    + minus(viaSeeded, viaScan) + ", only in scan " + minus(viaScan, viaSeeded));
        }
        for (CloudEnvironment env : List.of(indexed, seeded)) {
            long count = FuzzWrites.where(env, c.api()).count().total();
            if (count != expected.size()) {
                fail(describe(c) + ": count " + count + ", the oracle finds " + expected.size());
            }
        }
    }

    private void checkOrder(FuzzConditions.Condition c) {
        String path = values.pick(FuzzConditions.PATHS);
        boolean ascending = random.nextBoolean();
        String direction = ascending ? "asc" : "desc";
        for (CloudEnvironment env : List.of(indexed, scan, seeded)) {
            List<Object> actual = ids(all(() -> FuzzWrites.where(env, c.api()).orderBy(path, direction)
                    .orderBy("_id", "asc")));
            Comparator<Map<String, Object>> byKey = (x, y) -> MongoOracle.compareSortKeys(
                    MongoOracle.sortKey(x, path, ascending), MongoOracle.sortKey(y, path, ascending));
            Comparator<Map<String, Object>> order = (ascending ? byKey : byKey.reversed())
                    .thenComparing((x, y) -> MongoOracle.compare(x.get("_id"), y.get("_id")));
            List<Object> expected = ids(model.documents().stream().filter(c::test).sorted(order).toList());
            if (!actual.equals(expected)) {
                fail(describe(c) + ": orderBy(" + path + ", " + direction + ") differs from a brute-force sort;"
                        + " first difference at " + firstDifference(actual, expected) + ", expected " + expected
                        .subList(0, Math.min(20, expected.size())) + "..., actual " + actual
                        .subList(0, Math.min(20, actual.size())) + "...");
            }
        }
    }

    private Map<String, Object> firstDocument(List<Object> one, List<Object> other) {
        Object id = one.isEmpty() ? other.get(0) : one.get(0);
        return model.documents().get(model.indexOf(id));
    }

    private static List<Object> sorted(List<Object> ids) {
        return ids.stream().sorted(MongoOracle::compare).toList();
    }

    private static List<Object> minus(List<Object> a, List<Object> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static int firstDifference(List<Object> a, List<Object> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    /** Both environments hold exactly the model's documents (numbers compared by value). */
    private void checkContents() {
        for (CloudEnvironment env : List.of(indexed, scan, seeded)) {
            List<Map<String, Object>> stored = all(() -> env.database().collection("docs"));
            Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
            stored.forEach(d -> byId.put(d.get("_id"), d));
            assertThat(byId.keySet()).as("seed %d, %s: ids", seed, context)
                    .containsExactlyInAnyOrderElementsOf(ids(model.documents()));
            for (Map<String, Object> doc : model.documents()) {
                if (!MongoOracle.equal(doc, byId.get(doc.get("_id")))) {
                    fail("seed " + seed + ", " + context + ": stored " + byId.get(doc.get("_id")) + ", the model"
                            + " has " + doc);
                }
            }
        }
    }

    @Test
    void indexed_scan_and_brute_force_answers_agree_on_random_data_queries_and_writes() {
        List<Map<String, Object>> initial = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            initial.add(values.document("d" + i));
        }
        List<CloudEnvironment> targets = new ArrayList<>(List.of(indexed, scan));
        FuzzWrites writes = new FuzzWrites(values, conditions, model, targets);
        writes.addAll(initial);
        DatabaseSnapshot start = scan.database().snapshot();
        EmulatorConfiguration template = EmulatorConfiguration.builder().setEnvId("fuzz-1a2b")
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z")).addDatabaseSeed(start).build();
        seeded = CloudEmulator.newEnvironment(template);
        twin = CloudEmulator.newEnvironment(template);
        targets.add(seeded);
        for (int round = 0; round < rounds; round++) {
            context = "round " + round;
            checkContents();
            for (int q = 0; q < QUERIES_PER_ROUND; q++) {
                checkQuery(conditions.condition(2));
            }
            for (int q = 0; q < 3; q++) {
                checkOrder(conditions.condition(1));
            }
            for (int w = 0; w < WRITES_PER_ROUND; w++) {
                context = "round " + round + ", write " + w;
                writes.randomWrite(context, seed);
            }
        }
        context = "end";
        checkContents();
        assertThat(twin.database().snapshot().documents("docs")).as("the twin keeps the seed's documents")
                .isEqualTo(start.documents("docs"));
        assertThat(model.documents()).as("still large enough for path indexes").hasSizeGreaterThan(1000);
    }
}
