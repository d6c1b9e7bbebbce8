package dev.minicloud.emulator.internal.functions.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonTooDeepException;
import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.Scriptable;

/**
 * Reading the SDK's encoded payload in place must give exactly what parsing its {@code JSON.stringify} gave: the same
 * keys in the same order, the same Java number types, the same depth limit. Differential, on random payloads.
 */
class EncodedPayloadTest {
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "(3 * 7)", "1.5", "-2.25", "0.1", "2147483647",
        "2147483648", "-2147483649", "4294967296", "Math.pow(2, 53)", "Math.pow(2, 53) + 2", "Math.pow(2, 63)",
        "-Math.pow(2, 63)", "1e20", "1e21", "-1e21", "1e300", "Math.pow(2, 60)", "Math.pow(2, 53) * 3",
        "9007199254740993", "5e-324", "123456789.125", "(10 / 4)", "(2 * 0.5)", "NaN", "Infinity"};
    private static final String[] STRINGS = {"''", "'a'", "'中文'", "'\\ud800'", "'x\\u0000y'", "'\"q\"'", "'\\n\\t'",
        "'$date'", "'😀'"};
    private static final String[] KEYS = {"a", "b", "10", "2", "0", "-1", "1.5", "", "$tcb_command", "__proto__",
        "key with space", "中", "$date", "$numberLong", "$regularExpression"};

    @Test
    void random_encoded_payloads_read_as_their_json_parses() {
        Random random = new Random(20261208);
        for (int i = 0; i < 2_000; i++) {
            String source = "(" + object(random, 0) + ")";
            compare(source);
        }
    }

    @Test
    void the_depth_limit_is_the_json_readers() {
        int max = JsonCodec.MAX_NESTING;
        compare(nestedArrays(max));
        compare("var o = 1; for (var i = 0; i < " + max + "; i++) { o = {a: o}; } o");
        String tooDeep = "[".repeat(max + 1) + "]".repeat(max + 1);
        assertThatThrownBy(() -> JsonCodec.parse(tooDeep, false)).isInstanceOf(JsonTooDeepException.class);
        assertThatThrownBy(() -> read(nestedArrays(max + 1))).isInstanceOf(JsonTooDeepException.class);
    }

    /** Arrays nested {@code depth} deep, built by a loop: Rhino's parser refuses a literal that deep. */
    private static String nestedArrays(int depth) {
        return "var v = []; for (var i = 1; i < " + depth + "; i++) { v = [v]; } v";
    }

    @Test
    void json_text_is_still_parsed_as_json() {
        assertThat(EncodedPayload.read("{\"a\":[1,2.5]}")).isEqualTo(JsonCodec.parse("{\"a\":[1,2.5]}", false));
    }

    private static void compare(String source) {
        Object[] both = JsRuntime.shared().factory().call(cx -> {
            Scriptable scope = cx.initSafeStandardObjects();
            Object value = cx.evaluateString(scope, source, "payload.js", 1, null);
            String json = (String) NativeJSON.stringify(cx, scope, value, null, null);
            return new Object[] {outcome(() -> EncodedPayload.read(value)),
                outcome(() -> JsonCodec.parse(json, false))};
        });
        assertThat(both[0]).as(source).isEqualTo(both[1]);
        assertThat(types(both[0])).as(source).isEqualTo(types(both[1]));
    }

    /** The value, or the class of what reading threw ({"$numberLong": "x"} fails both ways). */
    private static Object outcome(java.util.function.Supplier<Object> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Object read(String source) {
        return JsRuntime.shared().factory().call(cx -> {
            Scriptable scope = cx.initSafeStandardObjects();
            return EncodedPayload.read(cx.evaluateString(scope, source, "payload.js", 1, null));
        });
    }

    /** The value with every leaf replaced by its class, so 1 (Integer) and 1L (Long) differ. */
    private static String types(Object v) {
        if (v instanceof java.util.Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            m.forEach((k, x) -> s.append(k).append('=').append(types(x)).append(','));
            return s.append('}').toString();
        }
        if (v instanceof java.util.List<?> l) {
            return l.stream().map(EncodedPayloadTest::types).toList().toString();
        }
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + Objects.toString(v);
    }

    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 4 : 6);
        return switch (kind) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> STRINGS[random.nextInt(STRINGS.length)];
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> object(random, depth + 1);
            default -> array(random, depth + 1);
        };
    }

    private static String object(Random random, int depth) {
        StringBuilder s = new StringBuilder("{");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String key = KEYS[random.nextInt(KEYS.length)];
            s.append(i > 0 ? ", " : "").append('"').append(key).append("\": ").append(value(random, depth));
        }
        return s.append('}').toString();
    }

    private static String array(Random random, int depth) {
        StringBuilder s = new StringBuilder("[");
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? ", " : "").append(value(random, depth));
        }
        return s.append(']').toString();
    }
}
