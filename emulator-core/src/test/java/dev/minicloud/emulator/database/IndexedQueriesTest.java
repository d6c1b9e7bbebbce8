package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.query.QueryEncoder;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Large collections answer queries through in-memory path indexes. Whatever the data (arrays, nested documents,
 * missing fields, nulls, mixed types) and whatever writes come after an index was built, the results must be exactly
 * what a full scan with the matcher gives.
 */
class IndexedQueriesTest extends DatabaseTest {
    private final Random random = new Random(1234);

    private Object randomValue() {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextInt(20);
            case 1 -> random.nextInt(20) + 0.5;
            case 2 -> "s" + random.nextInt(20);
            case 3 -> null;
            case 4 -> List.of(random.nextInt(20), random.nextInt(20));
            case 5 -> List.of("s" + random.nextInt(20), random.nextInt(20));
            case 6 -> Instant.ofEpochSecond(random.nextInt(20));
            case 7 -> random.nextBoolean();
            default -> Map.of("k", random.nextInt(20));
        };
    }

    private Map<String, Object> randomDoc(int i) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", "d" + i);
        if (random.nextInt(5) > 0) {
            doc.put("v", randomValue());
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("c", random.nextInt(4) == 0 ? Arrays.asList(randomValue(), randomValue()) : randomValue());
        doc.put("n", random.nextInt(6) == 0 ? List.of(nested, Map.of("c", random.nextInt(20))) : nested);
        return doc;
    }

    private List<Map<String, Object>> conditions() {
        List<Map<String, Object>> c = new ArrayList<>();
        for (int i = 0; i < 20; i += 3) {
            c.add(Map.of("v", i));
            c.add(Map.of("v", "s" + i));
            c.add(Map.of("n", Map.of("c", i)));
            c.add(Map.of("v", Command.gt(i)));
            c.add(Map.of("v", Command.gte(i).and(Command.lt(i + 4))));
            c.add(Map.of("v", Command.gt(i).and(Command.lt(i - 5))));
            c.add(Map.of("v", Command.gte("s" + i)));
            c.add(Map.of("n.c", Command.lte(i + 0.5)));
            c.add(Map.of("v", Command.in(Arrays.asList(i, "s" + i, null))));
            c.add(Map.of("v", Command.eq(Instant.ofEpochSecond(i))));
            c.add(Map.of("v", Command.lt(Instant.ofEpochSecond(i))));
            c.add(Map.of("v", Command.gt(i).and(Command.lt("s" + i))));
            c.add(json("{'v': {'$gte': " + i + ", '$lt': " + (i + 4) + "}}"));
            c.add(json("{'v': {'$gt': " + i + ", '$lt': " + (i - 5) + "}}"));
            c.add(json("{'v': {'$gt': " + i + ", '$lte': 's" + i + "'}}"));
            c.add(json("{'n.c': {'$gt': " + i + ", '$lt': " + (i + 1) + "}}"));
        }
        c.add(json("{'v': null}"));
        c.add(json("{'n.c': null}"));
        c.add(Map.of("v", true));
        c.add(Map.of("v", Command.eq(List.of(3, 4))));
        c.add(Map.of("v", Command.gte(5), "n.c", Command.lt(10)));
        return c;
    }

    private List<Object> expected(Map<String, Object> condition) {
        Filter f = new FilterCompiler().compile(new QueryEncoder(new ValueEncoder(NOW)).encodeWhere(condition));
        List<Object> ids = new ArrayList<>();
        for (int skip = 0; ; skip += 1000) {
            List<Map<String, Object>> page = db.collection("todos").skip(skip).limit(1000).get().data();
            page.stream().filter(f::test).forEach(d -> ids.add(d.get("_id")));
            if (page.size() < 1000) {
                return ids;
            }
        }
    }

    private List<Object> actual(Map<String, Object> condition) {
        List<Object> ids = new ArrayList<>();
        for (int skip = 0; ; skip += 1000) {
            List<Object> page = ids(db.collection("todos").where(condition).skip(skip).limit(1000).get());
            ids.addAll(page);
            if (page.size() < 1000) {
                return ids;
            }
        }
    }

    private void checkAllConditions() {
        for (Map<String, Object> condition : conditions()) {
            assertThat(actual(condition)).as("where %s", condition).isEqualTo(expected(condition));
            assertThat(db.collection("todos").where(condition).count().total()).as("count %s", condition)
                    .isEqualTo(expected(condition).size());
        }
    }

    @Test
    void indexed_results_equal_full_scans_before_and_after_writes() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            docs.add(randomDoc(i));
        }
        db.collection("todos").add(docs);
        checkAllConditions();

        for (int i = 0; i < 300; i++) {
            String id = "d" + random.nextInt(2500);
            switch (random.nextInt(4)) {
                case 0 -> db.collection("todos").doc(id).remove();
                case 1 -> {
                    Map<String, Object> replacement = randomDoc(0);
                    replacement.remove("_id");
                    db.collection("todos").doc(id).set(replacement);
                }
                case 2 -> db.collection("todos").add(randomDoc(10_000 + i));
                default -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("v", Command.set(randomValue()));
                    db.collection("todos").where(Map.of("_id", id)).update(data);
                }
            }
        }
        db.collection("todos").where(Map.of("v", Command.gt(15))).remove();
        db.collection("todos").where(Map.of("v", 3)).update(Map.of("v", 4));
        checkAllConditions();
        assertThat(db.collection("todos").count().total()).isGreaterThan(1000);
        assertThat(conditions().stream().map(this::expected).collect(Collectors.summingInt(List::size)))
                .isGreaterThan(1000);
    }
}
