package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.fail;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.command.UpdateCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Random writes for {@link QueryDifferentialTest}, sent to every environment and applied to the {@link FuzzModel}:
 * adds, removes, replacements, {@code set}/{@code inc}/{@code push}/{@code pull} on one document, and {@code inc} or
 * remove on every document a random condition matches. Each environment must succeed exactly when MongoDB would,
 * report the same counts as the model and change nothing when it fails.
 */
final class FuzzWrites {
    private final FuzzValues values;
    private final FuzzConditions conditions;
    private final FuzzModel model;
    private final List<CloudEnvironment> environments;
    private int nextId;

    FuzzWrites(FuzzValues values, FuzzConditions conditions, FuzzModel model, List<CloudEnvironment> environments) {
        this.values = values;
        this.conditions = conditions;
        this.model = model;
        this.environments = environments;
    }

    private static CollectionReference docs(CloudEnvironment env) {
        return env.database().collection("docs");
    }

    /** A query through the public API: {@code where} takes a map or a logic command. */
    static Query where(CloudEnvironment env, Object condition) {
        CollectionReference c = docs(env);
        return condition instanceof LogicCommand l ? c.where(l) : c.where(QueryDifferentialTest.castMap(condition));
    }

    void addAll(List<Map<String, Object>> documents) {
        for (CloudEnvironment env : environments) {
            docs(env).add(documents);
        }
        documents.forEach(model::add);
    }

    /**
     * Runs one write everywhere: {@code expected} is the count the model predicts, or null if MongoDB would refuse
     * the write.
     */
    private void everywhere(String what, Long expected, Function<CloudEnvironment, Long> write) {
        for (CloudEnvironment env : environments) {
            Long actual;
            try {
                actual = write.apply(env);
            } catch (CloudException e) {
                actual = null;
                if (expected != null) {
                    fail(what + " failed: " + e.errMsg());
                }
            }
            if (expected != null && !expected.equals(actual) || expected == null && actual != null) {
                fail(what + ": expected " + (expected == null ? "a failure" : expected) + ", got " + actual);
            }
        }
    }

    void randomWrite(String context, long seed) {
        String where = "seed " + seed + ", " + context + ": ";
        List<Map<String, Object>> docs = model.documents();
        Map<String, Object> target = docs.isEmpty() ? null : values.pick(docs);
        int kind = values.random().nextInt(11);
        if (target == null || kind == 0 || kind == 10) {
            Map<String, Object> doc = values.document("n" + nextId++);
            everywhere(where + "add " + doc, 1L, env -> {
                docs(env).add(doc);
                return 1L;
            });
            model.add(doc);
        } else if (kind == 1) {
            Object id = target.get("_id");
            everywhere(where + "remove " + id, 1L, env -> docs(env).doc(id).remove().stats().removed());
            docs.remove(model.indexOf(id));
        } else if (kind == 2) {
            Object id = target.get("_id");
            Map<String, Object> replacement = values.document((String) id);
            replacement.remove("_id");
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("_id", id);
            stored.putAll(FuzzModel.copy(replacement));
            everywhere(where + "set " + id + " to " + replacement, MongoOracle.equal(stored, target) ? 0L : 1L,
                    env -> docs(env).doc(id).set(replacement).stats().updated());
            docs.set(model.indexOf(id), stored);
        } else if (kind < 8) {
            updateOne(where, target);
        } else if (kind == 8) {
            incrementMatching(where);
        } else {
            removeMatching(where);
        }
    }

    private void updateOne(String where, Map<String, Object> target) {
        String operator = values.pick(List.of("set", "inc", "inc", "push", "pull"));
        String path = switch (operator) {
            case "set", "inc" -> values.pick(List.of("a", "n", "b.x", "n"));
            default -> values.pick(List.of("arr", "a"));
        };
        Object argument = switch (operator) {
            case "set" -> values.value(2);
            case "inc" -> values.number();
            case "push" -> values.random().nextBoolean() ? values.scalar() : values.document(1);
            default -> {
                Object o = conditions.operand();
                yield o instanceof List || o instanceof Map ? values.scalar() : o;
            }
        };
        UpdateCommand command = switch (operator) {
            case "set" -> Command.set(argument);
            case "inc" -> Command.inc((Number) argument);
            case "push" -> Command.push(argument);
            default -> Command.pull(argument);
        };
        Object id = target.get("_id");
        Map<String, Object> after;
        Long expected;
        try {
            after = FuzzModel.updated(target, operator, path, argument);
            expected = MongoOracle.equal(after, target) ? 0L : 1L;
        } catch (FuzzModel.Refused refused) {
            after = target;
            expected = null;
        }
        everywhere(where + operator + " " + path + " " + argument + " on " + target, expected,
                env -> docs(env).doc(id).update(Map.of(path, command)).stats().updated());
        model.documents().set(model.indexOf(id), after);
    }

    private void incrementMatching(String where) {
        FuzzConditions.Condition c = conditions.condition(1);
        Number amount = (Number) values.number();
        List<Map<String, Object>> after = new ArrayList<>();
        long changed = 0;
        Long expected;
        try {
            for (Map<String, Object> doc : model.documents()) {
                Map<String, Object> next = c.test(doc) ? FuzzModel.updated(doc, "inc", "n", amount) : doc;
                changed += MongoOracle.equal(next, doc) ? 0 : 1;
                after.add(next);
            }
            expected = changed;
        } catch (FuzzModel.Refused refused) {
            after = new ArrayList<>(model.documents());
            expected = null;
        }
        everywhere(where + "inc n by " + amount + " where " + c + " sent as " + c.api(), expected,
                env -> where(env, c.api()).update(Map.of("n", Command.inc(amount)))
                        .stats().updated());
        model.documents().clear();
        model.documents().addAll(after);
    }

    private void removeMatching(String where) {
        FuzzConditions.Condition c = conditions.condition(1);
        long matching = model.documents().stream().filter(c::test).count();
        if (matching > 10) {
            // Keeps the collection large enough for path indexes.
            return;
        }
        everywhere(where + "remove where " + c + " sent as " + c.api(), matching,
                env -> where(env, c.api()).remove().stats().removed());
        model.documents().removeIf(c::test);
    }
}
