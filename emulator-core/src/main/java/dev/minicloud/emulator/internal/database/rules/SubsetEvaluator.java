package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.internal.database.rules.QueryBranches.Branch;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.ArrayLiteral;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Binary;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Get;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Literal;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Member;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Not;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Operator;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Variable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides whether a rule holds for every document one branch of a query could match (the service's subset
 * semantics). {@code !} is pushed inwards, {@code &&}/{@code ||} combine, and each remaining part is judged from the
 * branch's constraints: {@code doc.p <op> v} from the values or range the query allows for {@code p};
 * {@code v in doc.p} from what the query says an array at {@code p} contains; {@code doc.p in [...]} from the values
 * the query pins {@code p} to. Any other part that reads {@code doc} is evaluated when the query pins every path it
 * reads to one value, and does not hold otherwise.
 */
final class SubsetEvaluator {
    /** Receives the outcome of each judged part, for coverage. */
    interface PartListener {
        void judged(RuleExpression part, boolean value);
    }

    private final Branch branch;
    private final RuleContext context;
    private final PartListener listener;

    SubsetEvaluator(Branch branch, RuleContext context, PartListener listener) {
        this.branch = branch;
        this.context = context;
        this.listener = listener;
    }

    /** Whether {@code e} (or, when {@code positive} is false, its negation) holds for every matching document. */
    boolean holds(RuleExpression e, boolean positive) {
        if (e instanceof Not n) {
            return holds(n.operand(), !positive);
        }
        if (e instanceof Binary b && (b.op() == Operator.AND || b.op() == Operator.OR)) {
            boolean conjunction = (b.op() == Operator.AND) == positive;
            return conjunction ? holds(b.left(), positive) && holds(b.right(), positive)
                    : holds(b.left(), positive) || holds(b.right(), positive);
        }
        boolean implied = part(e, positive);
        listener.judged(e, positive == implied);
        return implied;
    }

    private boolean part(RuleExpression e, boolean positive) {
        if (!readsDoc(e)) {
            return RuleValues.truthy(new ConcreteEvaluator(null, context).evaluate(e)) == positive;
        }
        if (e instanceof Binary b && (b.op().isComparison() || b.op() == Operator.IN)) {
            Boolean judged = comparison(b, positive);
            if (judged != null) {
                return judged;
            }
        }
        Map<String, Object> pinnedDoc = pinnedDocument(e);
        return pinnedDoc != null
                && RuleValues.truthy(new ConcreteEvaluator(pinnedDoc, context).evaluate(e)) == positive;
    }

    /** Judges {@code doc.p <op> v} and the two forms of {@code in}; null when the part has another shape. */
    private Boolean comparison(Binary b, boolean positive) {
        String leftPath = docPath(b.left());
        String rightPath = docPath(b.right());
        if (b.op() == Operator.IN) {
            if (rightPath != null && !readsDoc(b.left())) {
                Object item = value(b.left());
                PathConstraint c = branch.at(rightPath);
                return positive && c != null && c.contained.stream().anyMatch(v -> RuleValues.equal(v, item));
            }
            if (leftPath != null && !readsDoc(b.right())) {
                Object list = value(b.right());
                PathConstraint c = branch.at(leftPath);
                return c != null && c.pinned != null
                        && c.pinned.stream().allMatch(v -> RuleValues.contains(list, v) == positive);
            }
            return null;
        }
        String path;
        Operator op;
        Object other;
        if (leftPath != null && !readsDoc(b.right())) {
            path = leftPath;
            op = b.op();
            other = value(b.right());
        } else if (rightPath != null && !readsDoc(b.left())) {
            path = rightPath;
            op = b.op().flipped();
            other = value(b.left());
        } else {
            return null;
        }
        return implies(branch.at(path), positive ? op : op.negated(), other);
    }

    private static boolean implies(PathConstraint c, Operator op, Object v) {
        if (c == null) {
            return false;
        }
        if (c.pinned != null) {
            return c.pinned.stream().allMatch(p -> RuleValues.test(p, op, v));
        }
        return switch (op) {
            case GT -> c.allAbove(v, false);
            case GE -> c.allAbove(v, true);
            case LT -> c.allBelow(v, false);
            case LE -> c.allBelow(v, true);
            case NE -> c.excludes(v);
            default -> false;
        };
    }

    private Object value(RuleExpression e) {
        return new ConcreteEvaluator(null, context).evaluate(e);
    }

    /** A document holding the one value the branch allows for each path {@code e} reads; null if any is open. */
    private Map<String, Object> pinnedDocument(RuleExpression e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        return pinPaths(e, doc) ? doc : null;
    }

    private boolean pinPaths(RuleExpression e, Map<String, Object> doc) {
        String path = docPath(e);
        if (path != null) {
            PathConstraint c = branch.at(path);
            if (c == null || c.pinned == null || c.pinned.size() != 1) {
                return false;
            }
            put(doc, path, c.pinned.get(0));
            return true;
        }
        if (e instanceof Variable v) {
            return !v.name().equals("doc");
        }
        if (e instanceof Member m) {
            return pinPaths(m.target(), doc) && pinPaths(m.key(), doc);
        }
        if (e instanceof Binary b) {
            return pinPaths(b.left(), doc) && pinPaths(b.right(), doc);
        }
        if (e instanceof Not n) {
            return pinPaths(n.operand(), doc);
        }
        if (e instanceof Get g) {
            return pinPaths(g.path(), doc);
        }
        if (e instanceof ArrayLiteral a) {
            return a.items().stream().allMatch(i -> pinPaths(i, doc));
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> doc, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
            if (!(next instanceof Map)) {
                return;
            }
            at = (Map<String, Object>) next;
        }
        at.put(parts[parts.length - 1], value);
    }

    /** {@code doc.a.b} or {@code doc['a']} with literal keys, as a dotted path; null for anything else. */
    static String docPath(RuleExpression e) {
        if (!(e instanceof Member m) || !(m.key() instanceof Literal key)
                || !(key.value() instanceof String || key.value() instanceof Long)) {
            return null;
        }
        String name = String.valueOf(key.value());
        if (m.target() instanceof Variable v) {
            return v.name().equals("doc") ? name : null;
        }
        String parent = docPath(m.target());
        return parent == null ? null : parent + "." + name;
    }

    static boolean readsDoc(RuleExpression e) {
        if (e instanceof Variable v) {
            return v.name().equals("doc");
        }
        if (e instanceof Member m) {
            return readsDoc(m.target()) || readsDoc(m.key());
        }
        if (e instanceof Binary b) {
            return readsDoc(b.left()) || readsDoc(b.right());
        }
        if (e instanceof Not n) {
            return readsDoc(n.operand());
        }
        if (e instanceof Get g) {
            return readsDoc(g.path());
        }
        if (e instanceof ArrayLiteral a) {
            return a.items().stream().anyMatch(SubsetEvaluator::readsDoc);
        }
        return false;
    }
}
