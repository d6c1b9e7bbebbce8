package dev.minicloud.emulator.internal.database.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits rule text into tokens: numbers, quoted strings, names, punctuation and operators. */
final class RuleLexer {
    enum Kind { NUMBER, STRING, NAME, PUNCT, END }

    record Token(Kind kind, String text, Object value, int start, int end) {
        boolean is(String punct) {
            return (kind == Kind.PUNCT || kind == Kind.NAME) && text.equals(punct);
        }
    }

    private static final String[] OPERATORS = {"==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "(", ")",
        "[", "]", ".", ","};

    private final String text;
    private int pos;

    private RuleLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        RuleLexer lexer = new RuleLexer(text);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != Kind.END);
        return out;
    }

    private Token next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos == text.length()) {
            return new Token(Kind.END, "", null, start, start);
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (Character.isDigit(c)) {
            return number();
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '$')) {
                pos++;
            }
            return new Token(Kind.NAME, text.substring(start, pos), null, start, pos);
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.PUNCT, op, null, start, pos);
            }
        }
        if (c == '=') {
            throw new RuleSyntaxException("unexpected '=': compare with '=='", start);
        }
        throw new RuleSyntaxException("unexpected character '" + c + "'", start);
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        if (pos == text.length()) {
            throw new RuleSyntaxException("unterminated string", start);
        }
        pos++;
        return new Token(Kind.STRING, text.substring(start, pos), sb.toString(), start, pos);
    }

    private Token number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String digits = text.substring(start, pos);
        try {
            Object value = digits.contains(".") ? (Object) Double.parseDouble(digits) : (Object) Long.parseLong(digits);
            return new Token(Kind.NUMBER, digits, value, start, pos);
        } catch (NumberFormatException e) {
            throw new RuleSyntaxException("malformed number '" + digits + "'", start);
        }
    }
}
