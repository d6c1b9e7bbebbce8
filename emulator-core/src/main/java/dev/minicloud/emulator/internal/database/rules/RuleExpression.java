package dev.minicloud.emulator.internal.database.rules;

import java.util.List;

/**
 * A parsed security-rule expression. Every node keeps the span of source text it came from, so coverage reports
 * and errors can quote the user's own words.
 */
sealed interface RuleExpression {
    /** Start offset (inclusive) of the node in the expression text. */
    int start();

    /** End offset (exclusive) of the node in the expression text. */
    int end();

    /** {@code true}, {@code false}, {@code null}, a number or a string. */
    record Literal(Object value, int start, int end) implements RuleExpression {}

    /** One of the rule variables: {@code auth}, {@code doc}, {@code now}, {@code request}. */
    record Variable(String name, int start, int end) implements RuleExpression {}

    /** {@code target.name} or {@code target[key]}. */
    record Member(RuleExpression target, RuleExpression key, int start, int end) implements RuleExpression {}

    /** {@code [a, b, ...]}. */
    record ArrayLiteral(List<RuleExpression> items, int start, int end) implements RuleExpression {}

    /** {@code !operand}. */
    record Not(RuleExpression operand, int start, int end) implements RuleExpression {}

    /** {@code left op right} for comparisons, {@code in}, {@code +}, {@code &&} and {@code ||}. */
    record Binary(Operator op, RuleExpression left, RuleExpression right, int start, int end)
            implements RuleExpression {}

    /** {@code get('database.<collection>.<id>')}, the one function rules may call. */
    record Get(RuleExpression path, int start, int end) implements RuleExpression {}

    /** Binary operators of the rule language, with their precedence (higher binds tighter). */
    enum Operator {
        OR("||", 1), AND("&&", 2), EQ("==", 3), NE("!=", 3), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
        IN("in", 4), PLUS("+", 5);

        final String symbol;
        final int precedence;

        Operator(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        boolean isComparison() {
            return precedence == 3 || (precedence == 4 && this != IN);
        }

        /** The comparison that holds exactly when this one does not, for pushing {@code !} inwards. */
        Operator negated() {
            return switch (this) {
                case EQ -> NE;
                case NE -> EQ;
                case LT -> GE;
                case LE -> GT;
                case GT -> LE;
                case GE -> LT;
                default -> throw new IllegalStateException(symbol + " has no negation");
            };
        }

        /** The comparison with its operands swapped ({@code a < b} is {@code b > a}). */
        Operator flipped() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }
}
