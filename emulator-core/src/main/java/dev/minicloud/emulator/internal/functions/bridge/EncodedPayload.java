package dev.minicloud.emulator.internal.functions.bridge;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonTooDeepException;
import dev.minicloud.emulator.internal.common.value.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;

/**
 * A request payload as the SDK's wire encoder left it in the realm ({@code encode} in {@code cloud_database.js}): a
 * fresh tree of plain objects, arrays, strings, numbers, booleans and nulls (the encoder copies what it takes from
 * the guest's values through JSON), with every tagged value already a plain object. It is read here as
 * {@link JsonCodec#parse(String, boolean)} would read its {@code JSON.stringify} (the same keys in the same order, the
 * same number types, the same depth limit), without writing and parsing the text: that was about a tenth of a warm
 * call with two database operations.
 */
final class EncodedPayload {
    private static final double TWO_POW_53 = 0x1p53;

    private EncodedPayload() {}

    /** The Java value of an encoded payload; a JSON string (what other callers send) is parsed as such. */
    static Object read(Object payload) {
        return payload instanceof CharSequence json ? JsonCodec.parse(json.toString(), false) : read(payload, 0);
    }

    private static Object read(Object v, int depth) {
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof Integer || v instanceof Boolean || v == null) {
            return v;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            // Below 2^53 JSON.stringify writes a number exactly (an integral one without a fraction, which reads back
            // as an integer); above, its shortest digits may not be the double's own value (2^60 is written
            // 1152921504606847000), and they are read as the JSON reader reads them.
            return Math.abs(d) < TWO_POW_53 ? Numbers.ofDouble(d) : JsonCodec.parse(ScriptRuntime.toString(d), false);
        }
        if (depth >= JsonCodec.MAX_NESTING) {
            throw new JsonTooDeepException("nesting depth exceeds the maximum allowed (" + JsonCodec.MAX_NESTING + ")");
        }
        if (v instanceof NativeArray array) {
            long length = array.getLength();
            List<Object> list = new ArrayList<>((int) Math.min(length, 1 << 16));
            for (int i = 0; i < length; i++) {
                Object element = array.get(i, array);
                list.add(element == Undefined.instance ? null : read(element, depth + 1));
            }
            return list;
        }
        if (v instanceof NativeObject object) {
            return readObject(object, depth);
        }
        throw new IllegalArgumentException("not an encoded payload value: " + v.getClass().getSimpleName());
    }

    private static Object readObject(NativeObject object, int depth) {
        Object[] ids = object.getIds();
        Map<String, Object> map = new LinkedHashMap<>(ids.length * 2);
        for (Object id : ids) {
            Object value = id instanceof Integer i ? object.get(i, object) : object.get((String) id, object);
            if (value != Undefined.instance) {
                map.put(id.toString(), read(value, depth + 1));
            }
        }
        // The JSON reader reads a one-member object named "$date" and the like as the typed value it stands for.
        if (map.size() == 1) {
            Map.Entry<String, Object> only = map.entrySet().iterator().next();
            if (only.getKey().startsWith("$")) {
                Object typed = JsonCodec.extendedValue(only.getKey(), only.getValue());
                if (typed != null) {
                    return typed;
                }
            }
        }
        return map;
    }
}
