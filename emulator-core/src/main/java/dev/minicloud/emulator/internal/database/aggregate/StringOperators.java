package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Numbers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code $concat $indexOfBytes $indexOfCP $split $strLenBytes $strLenCP $strcasecmp $substr $substrBytes $substrCP
 * $toLower $toUpper}, and {@code $trim $ltrim $rtrim}. The {@code Bytes} forms count UTF-8 bytes and the
 * {@code CP} forms code points, so "寿司" is 6 bytes and 2 code points. Case mapping is ASCII only, as in MongoDB.
 */
final class StringOperators {
    /** MongoDB's default {@code $trim} characters: ASCII and Unicode white space and NUL. */
    private static final String WHITESPACE = "\u0000 \t\n\u000b\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
            + "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    private StringOperators() {}

    static void register(Operators.Registry r) {
        r.add("concat", (arg, c) -> {
            List<Expression> operands = Args.operands("$concat", arg, c);
            return scope -> {
                StringBuilder out = new StringBuilder();
                for (Object v : Values.evaluateAll(operands, scope)) {
                    if (Values.nullish(v)) {
                        return null;
                    }
                    if (!(v instanceof String s)) {
                        throw Values.fail("$concat only supports strings, not " + Values.type(v));
                    }
                    out.append(s);
                }
                return out.toString();
            };
        });
        r.add("strLenBytes", (arg, c) -> {
            Expression operand = Args.single("$strLenBytes", arg, c);
            return scope -> utf8(string("$strLenBytes requires a string argument, found: ",
                    operand.evaluate(scope))).length;
        });
        r.add("strLenCP", (arg, c) -> {
            Expression operand = Args.single("$strLenCP", arg, c);
            return scope -> {
                String s = string("$strLenCP requires a string argument, found: ", operand.evaluate(scope));
                return s.codePointCount(0, s.length());
            };
        });
        r.add("toLower", (arg, c) -> caseMapping("$toLower", arg, c, 'A', 'Z', 'a' - 'A'));
        r.add("toUpper", (arg, c) -> caseMapping("$toUpper", arg, c, 'a', 'z', 'A' - 'a'));
        r.add("strcasecmp", (arg, c) -> {
            List<Expression> operands = Args.operands("$strcasecmp", arg, c, 2, 2);
            return scope -> {
                String a = lowerAscii(coerce("$strcasecmp", operands.get(0).evaluate(scope)));
                String b = lowerAscii(coerce("$strcasecmp", operands.get(1).evaluate(scope)));
                return Integer.signum(Arrays.compareUnsigned(utf8(a), utf8(b)));
            };
        });
        r.add("substr", (arg, c) -> substrBytes("$substr", arg, c));
        r.add("substrBytes", (arg, c) -> substrBytes("$substrBytes", arg, c));
        r.add("substrCP", StringOperators::substrCP);
        r.add("indexOfBytes", (arg, c) -> indexOf("$indexOfBytes", arg, c, true));
        r.add("indexOfCP", (arg, c) -> indexOf("$indexOfCP", arg, c, false));
        r.add("split", StringOperators::split);
        r.add("trim", (arg, c) -> trim("$trim", arg, c, true, true));
        r.add("ltrim", (arg, c) -> trim("$ltrim", arg, c, true, false));
        r.add("rtrim", (arg, c) -> trim("$rtrim", arg, c, false, true));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String string(String message, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw Values.fail(message + Values.type(v));
    }

    /** MongoDB's string coercion: null and missing become "", numbers and dates their text. */
    static String coerce(String op, Object v) {
        if (Values.nullish(v)) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number n) {
            return numberText(n);
        }
        if (v instanceof Instant i) {
            return DateFormats.format(i.atZone(ZoneOffset.UTC), DateFormats.DEFAULT);
        }
        throw Values.fail(op + ": can't convert from BSON type " + Values.type(v) + " to String");
    }

    /** A number as JavaScript prints it: integers plainly, other values in the shortest exact form. */
    static String numberText(Number n) {
        Number canonical = Numbers.canonical(n);
        if (Numbers.isIntegral(canonical)) {
            return canonical.toString();
        }
        double d = canonical.doubleValue();
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        double abs = Math.abs(d);
        if (abs >= 1e-7 && abs < 1e21) {
            return new BigDecimal(Double.toString(d)).toPlainString();
        }
        String[] parts = Double.toString(d).split("E");
        String mantissa = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
        int exponent = Integer.parseInt(parts[1]);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    private static String lowerAscii(String s) {
        return mapAscii(s, 'A', 'Z', 'a' - 'A');
    }

    private static String mapAscii(String s, char from, char to, int shift) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= from && chars[i] <= to) {
                chars[i] = (char) (chars[i] + shift);
            }
        }
        return new String(chars);
    }

    private static Expression caseMapping(String op, Object arg, ExpressionCompiler c, char from, char to, int shift) {
        Expression operand = Args.single(op, arg, c);
        return scope -> mapAscii(coerce(op, operand.evaluate(scope)), from, to, shift);
    }

    private static Expression substrBytes(String op, Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands(op, arg, c, 3, 3);
        return scope -> {
            byte[] bytes = utf8(coerce(op, operands.get(0).evaluate(scope)));
            int start = Values.integer(operands.get(1).evaluate(scope), op + ": starting index");
            int length = Values.integer(operands.get(2).evaluate(scope), op + ": length");
            if (start < 0 || start >= bytes.length) {
                return "";
            }
            int end = length < 0 ? bytes.length : (int) Math.min(bytes.length, (long) start + length);
            if (isContinuation(bytes, start)) {
                throw Values.fail(op + ":  Invalid range, starting index is a UTF-8 continuation byte.");
            }
            if (end < bytes.length && isContinuation(bytes, end)) {
                throw Values.fail(op + ":  Invalid range, ending index is in the middle of a UTF-8 character.");
            }
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        };
    }

    private static boolean isContinuation(byte[] bytes, int i) {
        return (bytes[i] & 0xC0) == 0x80;
    }

    private static Expression substrCP(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$substrCP", arg, c, 3, 3);
        return scope -> {
            String s = coerce("$substrCP", operands.get(0).evaluate(scope));
            int start = Values.integer(operands.get(1).evaluate(scope), "$substrCP: starting index");
            int length = Values.integer(operands.get(2).evaluate(scope), "$substrCP: length");
            if (start < 0) {
                throw Values.fail("$substrCP: starting index must be non-negative (got: " + start + ")");
            }
            if (length < 0) {
                throw Values.fail("$substrCP: length must be a nonnegative integer.");
            }
            int count = s.codePointCount(0, s.length());
            if (start >= count) {
                return "";
            }
            int from = s.offsetByCodePoints(0, start);
            int to = s.offsetByCodePoints(from, Math.min(length, count - start));
            return s.substring(from, to);
        };
    }

    private static Expression indexOf(String op, Object arg, ExpressionCompiler c, boolean bytes) {
        List<Expression> operands = Args.operands(op, arg, c, 2, 4);
        return scope -> {
            Object v = operands.get(0).evaluate(scope);
            if (Values.nullish(v)) {
                return null;
            }
            String s = string(op + " requires a string as the first argument, found: ", v);
            String token = string(op + " requires a string as the second argument, found: ",
                    operands.get(1).evaluate(scope));
            int[] units = bytes ? toUnsigned(utf8(s)) : s.codePoints().toArray();
            int[] needle = bytes ? toUnsigned(utf8(token)) : token.codePoints().toArray();
            int start = operands.size() > 2 ? ArrayOperators.bound(operands.get(2).evaluate(scope),
                    op + " starting index") : 0;
            int end = operands.size() > 3 ? Math.min(units.length, ArrayOperators.bound(operands.get(3)
                    .evaluate(scope), op + " ending index")) : units.length;
            for (int i = start; i + needle.length <= end; i++) {
                if (Arrays.equals(units, i, i + needle.length, needle, 0, needle.length)) {
                    return i;
                }
            }
            return -1;
        };
    }

    private static int[] toUnsigned(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xFF;
        }
        return out;
    }

    private static Expression split(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$split", arg, c, 2, 2);
        return scope -> {
            Object v = operands.get(0).evaluate(scope);
            if (Values.nullish(v)) {
                return null;
            }
            String s = string("$split requires an expression that evaluates to a string as a first argument,"
                    + " found: ", v);
            String delimiter = string("$split requires an expression that evaluates to a string as a second"
                    + " argument, found: ", operands.get(1).evaluate(scope));
            if (delimiter.isEmpty()) {
                throw Values.fail("$split requires a non-empty separator");
            }
            return new ArrayList<Object>(Arrays.asList(s.split(Pattern.quote(delimiter), -1)));
        };
    }

    private static Expression trim(String op, Object arg, ExpressionCompiler c, boolean left, boolean right) {
        Map<String, Object> o = Args.options(op, arg, Set.of("input"), Set.of("chars"));
        Expression input = c.compile(o.get("input"));
        Expression chars = o.containsKey("chars") ? c.compile(o.get("chars")) : scope -> WHITESPACE;
        return scope -> {
            Object v = input.evaluate(scope);
            Object set = chars.evaluate(scope);
            if (Values.nullish(v) || Values.nullish(set)) {
                return null;
            }
            String s = string(op + " requires its input to be a string, got ", v);
            int[] strip = string(op + " requires 'chars' to be a string, got ", set).codePoints().toArray();
            int[] cps = s.codePoints().toArray();
            int from = 0;
            int to = cps.length;
            while (left && from < to && contains(strip, cps[from])) {
                from++;
            }
            while (right && to > from && contains(strip, cps[to - 1])) {
                to--;
            }
            return new String(cps, from, to - from);
        };
    }

    private static boolean contains(int[] set, int cp) {
        for (int x : set) {
            if (x == cp) {
                return true;
            }
        }
        return false;
    }
}
