package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import dev.minicloud.emulator.internal.database.rules.QueryBranches.Branch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One collection's (or the storage's) security rules: {@code read}, {@code write} and the finer {@code create},
 * {@code update}, {@code delete}, each {@code true}, {@code false} or an expression. A missing fine-grained key falls
 * back to {@code write}; a missing {@code read} or {@code write} denies. Creates are judged on the new document;
 * reads, updates and deletes on the query, by subset semantics ({@link SubsetEvaluator}).
 */
public final class SecurityRules {
    /** What a client request does, as the rule key that governs it. */
    public enum Access {
        READ("read"), CREATE("create"), UPDATE("update"), DELETE("delete");

        private final String key;

        Access(String key) {
            this.key = key;
        }

        /** The rule key, e.g. {@code "update"}. */
        public String key() {
            return key;
        }
    }

    /** One rule as written: its key, its text (or constant) and the parsed expression. */
    record Rule(String key, String text, RuleExpression expression) {
        /** The source text of one part of this rule. */
        String partText(RuleExpression part) {
            return text.substring(Math.min(part.start(), text.length()), Math.min(part.end(), text.length()));
        }

        boolean isConstant() {
            return expression instanceof RuleExpression.Literal;
        }
    }

    private static final List<String> KEYS = List.of("read", "write", "create", "update", "delete");

    private final Map<String, Object> source;
    private final Map<Access, Rule> rules = new EnumMap<>(Access.class);

    private SecurityRules(Map<String, Object> source) {
        this.source = source;
        Rule read = rule(source, "read");
        Rule write = rule(source, "write");
        rules.put(Access.READ, read);
        for (Access op : List.of(Access.CREATE, Access.UPDATE, Access.DELETE)) {
            Rule specific = rule(source, op.key());
            rules.put(op, source.containsKey(op.key()) ? specific : write);
        }
    }

    /**
     * Parses rule JSON; bad text fails with an {@link IllegalArgumentException} naming {@code owner} (a collection,
     * or the storage), the key and the position in the expression.
     */
    public static SecurityRules parse(String owner, String json) {
        Object parsed;
        try {
            parsed = JsonCodec.parse(json, false);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("security rules of " + owner + " are not JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("security rules of " + owner + " must be a JSON object such as"
                    + " {\"read\": true, \"write\": \"doc._openid == auth.openid\"}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) map;
        for (Map.Entry<String, Object> e : source.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new IllegalArgumentException("security rules of " + owner + ": unknown key \"" + e.getKey()
                        + "\" (rules have read, write, create, update and delete)");
            }
            if (!(e.getValue() instanceof Boolean) && !(e.getValue() instanceof String)) {
                throw new IllegalArgumentException("security rules of " + owner + ": \"" + e.getKey()
                        + "\" must be true, false or an expression string");
            }
            if (e.getValue() instanceof String text) {
                try {
                    RuleParser.parse(text);
                } catch (RuleSyntaxException x) {
                    throw new IllegalArgumentException("security rules of " + owner + ": \"" + e.getKey() + "\": "
                            + x.getMessage() + " in " + text, x);
                }
            }
        }
        return new SecurityRules(new LinkedHashMap<>(source));
    }

    private static Rule rule(Map<String, Object> source, String key) {
        Object value = source.get(key);
        if (value instanceof String text) {
            return new Rule(key, text, RuleParser.parse(text));
        }
        boolean allow = Boolean.TRUE.equals(value);
        String text = String.valueOf(allow);
        return new Rule(key, text, new RuleExpression.Literal(allow, 0, text.length()));
    }

    /** The rule JSON as given. */
    public Map<String, Object> source() {
        return source;
    }

    /**
     * Every part of the rules in use, as coverage counts them (rule key, then the part's text), in key order and then
     * in the order written. A {@code write} rule that {@code create}, {@code update} and {@code delete} all replace is
     * never used and not listed.
     */
    public List<Map.Entry<String, String>> parts() {
        List<Rule> used = rules.values().stream().distinct()
                .sorted(Comparator.comparingInt(r -> KEYS.indexOf(r.key()))).toList();
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Rule r : used) {
            leaves(r.expression(), e -> out.add(Map.entry(r.key(), r.partText(e))));
        }
        return out;
    }

    private static void leaves(RuleExpression e, Consumer<RuleExpression> sink) {
        if (e instanceof RuleExpression.Not n) {
            leaves(n.operand(), sink);
        } else if (e instanceof RuleExpression.Binary b
                && (b.op() == RuleExpression.Operator.AND || b.op() == RuleExpression.Operator.OR)) {
            leaves(b.left(), sink);
            leaves(b.right(), sink);
        } else {
            sink.accept(e);
        }
    }

    /** Whether the rule for {@code op} is the constant {@code value}. */
    public boolean isConstant(Access op, boolean value) {
        Rule r = rules.get(op);
        return r.isConstant() && Boolean.valueOf(value).equals(((RuleExpression.Literal) r.expression()).value());
    }

    /** Judges a create (or any write whose document is known) on the document itself. */
    public boolean allowsDocument(Access op, Map<String, Object> doc, RuleContext context,
            RuleCoverage.Recorder rec) {
        Rule r = rules.get(op);
        try {
            return judge(r, r.expression(), new ConcreteEvaluator(doc, context), rec);
        } catch (RuleEvaluationException e) {
            return false;
        }
    }

    /** Judges a read, update or delete on its query: every document the query could match must satisfy the rule. */
    public boolean allowsQuery(Access op, Map<String, Object> filter, RuleContext context,
            RuleCoverage.Recorder rec) {
        Rule r = rules.get(op);
        try {
            for (Branch branch : QueryBranches.of(filter)) {
                SubsetEvaluator subset = new SubsetEvaluator(branch, context, (part, v) -> rec.record(r, part, v));
                if (!subset.holds(r.expression(), true)) {
                    return false;
                }
            }
            return true;
        } catch (RuleEvaluationException e) {
            return false;
        }
    }

    private static boolean judge(Rule r, RuleExpression e, ConcreteEvaluator eval, RuleCoverage.Recorder rec) {
        if (e instanceof RuleExpression.Not n) {
            return !judge(r, n.operand(), eval, rec);
        }
        if (e instanceof RuleExpression.Binary b && b.op() == RuleExpression.Operator.AND) {
            return judge(r, b.left(), eval, rec) && judge(r, b.right(), eval, rec);
        }
        if (e instanceof RuleExpression.Binary b && b.op() == RuleExpression.Operator.OR) {
            return judge(r, b.left(), eval, rec) || judge(r, b.right(), eval, rec);
        }
        boolean value = RuleValues.truthy(eval.evaluate(e));
        rec.record(r, e, value);
        return value;
    }
}
