package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.internal.database.rules.RuleExpression.ArrayLiteral;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Binary;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Get;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Literal;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Member;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Not;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Operator;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Variable;
import dev.minicloud.emulator.internal.database.rules.RuleLexer.Kind;
import dev.minicloud.emulator.internal.database.rules.RuleLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses one rule expression. The service's limits are checked here, so a rule that the console would refuse is a
 * configuration error before any test runs: at most 1024 characters, at most 3 {@code get} calls, {@code get}
 * nested at most 2 deep.
 */
final class RuleParser {
    static final int MAX_LENGTH = 1024;
    static final int MAX_GETS = 3;
    static final int MAX_GET_NESTING = 2;
    private static final Set<String> VARIABLES = Set.of("auth", "doc", "now", "request", "resource");

    private final List<Token> tokens;
    private int index;
    private int gets;
    private int getDepth;

    private RuleParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static RuleExpression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new RuleSyntaxException("the expression is " + text.length() + " characters long; the limit is "
                    + MAX_LENGTH, MAX_LENGTH);
        }
        RuleParser parser = new RuleParser(RuleLexer.tokens(text));
        RuleExpression e = parser.expression(0);
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw new RuleSyntaxException("unexpected '" + rest.text() + "'", rest.start());
        }
        return e;
    }

    private RuleExpression expression(int minPrecedence) {
        RuleExpression left = unary();
        while (true) {
            Operator op = operator(peek());
            if (op == null || op.precedence <= minPrecedence) {
                return left;
            }
            index++;
            RuleExpression right = expression(op.precedence);
            left = new Binary(op, left, right, left.start(), right.end());
        }
    }

    private static Operator operator(Token t) {
        if (t.kind() != Kind.PUNCT && !t.is("in")) {
            return null;
        }
        for (Operator op : Operator.values()) {
            if (op.symbol.equals(t.text())) {
                return op;
            }
        }
        return null;
    }

    private RuleExpression unary() {
        Token t = peek();
        if (t.is("!")) {
            index++;
            RuleExpression operand = unary();
            return new Not(operand, t.start(), operand.end());
        }
        return postfix(primary());
    }

    private RuleExpression postfix(RuleExpression target) {
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                index++;
                Token name = take();
                if (name.kind() != Kind.NAME) {
                    throw new RuleSyntaxException("expected a field name after '.'", name.start());
                }
                target = new Member(target, new Literal(name.text(), name.start(), name.end()), target.start(),
                        name.end());
            } else if (t.is("[")) {
                index++;
                RuleExpression key = expression(0);
                Token close = expect("]");
                target = new Member(target, key, target.start(), close.end());
            } else {
                return target;
            }
        }
    }

    private RuleExpression primary() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
            case STRING:
                return new Literal(t.value(), t.start(), t.end());
            case NAME:
                return name(t);
            case END:
                throw new RuleSyntaxException("the expression ends too early", t.start());
            default:
                break;
        }
        if (t.is("(")) {
            RuleExpression inner = expression(0);
            expect(")");
            return inner;
        }
        if (t.is("[")) {
            List<RuleExpression> items = new ArrayList<>();
            if (!peek().is("]")) {
                items.add(expression(0));
                while (peek().is(",")) {
                    index++;
                    items.add(expression(0));
                }
            }
            Token close = expect("]");
            return new ArrayLiteral(List.copyOf(items), t.start(), close.end());
        }
        throw new RuleSyntaxException("unexpected '" + t.text() + "'", t.start());
    }

    private RuleExpression name(Token t) {
        switch (t.text()) {
            case "true":
                return new Literal(Boolean.TRUE, t.start(), t.end());
            case "false":
                return new Literal(Boolean.FALSE, t.start(), t.end());
            case "null":
                return new Literal(null, t.start(), t.end());
            case "get":
                return get(t);
            default:
                if (!VARIABLES.contains(t.text())) {
                    throw new RuleSyntaxException("unknown name '" + t.text()
                            + "' (rules know auth, doc, resource, now, request and get)", t.start());
                }
                return new Variable(t.text(), t.start(), t.end());
        }
    }

    private RuleExpression get(Token t) {
        if (++gets > MAX_GETS) {
            throw new RuleSyntaxException("more than " + MAX_GETS + " get() calls in one expression", t.start());
        }
        if (++getDepth > MAX_GET_NESTING) {
            throw new RuleSyntaxException("get() nested more than " + MAX_GET_NESTING + " deep", t.start());
        }
        expect("(");
        RuleExpression path = expression(0);
        Token close = expect(")");
        getDepth--;
        return new Get(path, t.start(), close.end());
    }

    private Token expect(String punct) {
        Token t = take();
        if (!t.is(punct)) {
            throw new RuleSyntaxException("expected '" + punct + "' but found "
                    + (t.kind() == Kind.END ? "the end" : "'" + t.text() + "'"), t.start());
        }
        return t;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token take() {
        Token t = tokens.get(index);
        if (t.kind() != Kind.END) {
            index++;
        }
        return t;
    }
}
