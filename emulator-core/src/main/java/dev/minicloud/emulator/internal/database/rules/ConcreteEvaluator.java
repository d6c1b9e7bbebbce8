package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.ArrayLiteral;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Binary;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Get;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Literal;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Member;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Not;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluates an expression with {@code doc} bound to a whole document: creates, and queries that pin every path. */
final class ConcreteEvaluator {
    private final Map<String, Object> doc;
    private final RuleContext context;

    ConcreteEvaluator(Map<String, Object> doc, RuleContext context) {
        this.doc = doc;
        this.context = context;
    }

    Object evaluate(RuleExpression e) {
        if (e instanceof Literal l) {
            return l.value();
        }
        if (e instanceof Variable v) {
            return v.name().equals("doc") ? (doc == null ? Missing.VALUE : doc) : context.variable(v.name());
        }
        if (e instanceof Member m) {
            return RuleValues.member(evaluate(m.target()), evaluate(m.key()));
        }
        if (e instanceof ArrayLiteral a) {
            List<Object> items = new ArrayList<>(a.items().size());
            for (RuleExpression item : a.items()) {
                items.add(evaluate(item));
            }
            return items;
        }
        if (e instanceof Not n) {
            return !RuleValues.truthy(evaluate(n.operand()));
        }
        if (e instanceof Get g) {
            Map<String, Object> found = context.get(evaluate(g.path()));
            return found == null ? null : found;
        }
        Binary b = (Binary) e;
        return switch (b.op()) {
            case AND -> RuleValues.truthy(evaluate(b.left())) && RuleValues.truthy(evaluate(b.right()));
            case OR -> RuleValues.truthy(evaluate(b.left())) || RuleValues.truthy(evaluate(b.right()));
            case PLUS -> RuleValues.plus(evaluate(b.left()), evaluate(b.right()));
            default -> RuleValues.test(evaluate(b.left()), b.op(), evaluate(b.right()));
        };
    }
}
