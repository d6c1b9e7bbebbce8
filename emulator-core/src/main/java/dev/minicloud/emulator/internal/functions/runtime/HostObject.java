package dev.minicloud.emulator.internal.functions.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.typedarrays.NativeArrayBufferView;

/**
 * The host functions the preludes of one realm capture: clock, console, timers, microtasks and byte encodings.
 * Stateless: each call acts on the invocation running on the calling thread ({@link Running}).
 */
public final class HostObject {
    private HostObject() {}

    static ScriptableObject create(Scriptable scope) {
        NativeObject host = new NativeObject();
        host.setParentScope(scope);
        host.setPrototype(ScriptableObject.getObjectPrototype(scope));
        define(host, scope, "now", 0, (cx, sc, self, a) -> (double) Running.current(cx).nowMillis());
        define(host, scope, "log", 2, (cx, sc, self, a) -> {
            Running.current(cx).log(ScriptRuntime.toString(a[0]), ScriptRuntime.toString(a[1]));
            return org.mozilla.javascript.Undefined.instance;
        });
        define(host, scope, "consoleLabel", 2, (cx, sc, self, a) -> {
            Running.current(cx).consoleLabel(ScriptRuntime.toString(a[0]), ScriptRuntime.toString(a[1]));
            return org.mozilla.javascript.Undefined.instance;
        });
        define(host, scope, "setTimer", 4, (cx, sc, self, a) -> {
            Object[] args = cx.getElements((Scriptable) a[1]);
            return Running.current(cx).setTimer((Callable) a[0], args, ScriptRuntime.toNumber(a[2]),
                    ScriptRuntime.toBoolean(a[3]));
        });
        define(host, scope, "clearTimer", 1, (cx, sc, self, a) -> {
            double id = ScriptRuntime.toNumber(a[0]);
            if (!Double.isNaN(id)) {
                Running.current(cx).clearTimer((int) id);
            }
            return org.mozilla.javascript.Undefined.instance;
        });
        define(host, scope, "queueMicrotask", 1, (cx, sc, self, a) -> {
            if (!(a[0] instanceof Callable fn)) {
                throw ScriptRuntime.typeError("The \"callback\" argument must be of type function");
            }
            Scriptable top = ScriptableObject.getTopLevelScope(sc);
            cx.enqueueMicrotask(() -> fn.call(Context.getCurrentContext(), top, top, ScriptRuntime.emptyArgs));
            return org.mozilla.javascript.Undefined.instance;
        });
        define(host, scope, "reserve", 1, (cx, sc, self, a) -> {
            Budget.reserve(cx, ScriptRuntime.toNumber(a[0]));
            return org.mozilla.javascript.Undefined.instance;
        });
        define(host, scope, "zoneName", 1, (cx, sc, self, a) -> {
            TimeZone zone = cx.getTimeZone();
            long ms = (long) ScriptRuntime.toNumber(a[0]);
            return zone.getDisplayName(zone.inDaylightTime(new java.util.Date(ms)), TimeZone.LONG, Locale.US);
        });
        define(host, scope, "zoneOffset", 2, (cx, sc, self, a) -> {
            long ms = (long) ScriptRuntime.toNumber(a[1]);
            if (a[0] == null || a[0] == org.mozilla.javascript.Undefined.instance) {
                return (double) cx.getTimeZone().getOffset(ms) / 60_000;
            }
            try {
                ZoneId zone = ZoneId.of(ScriptRuntime.toString(a[0]));
                return (double) zone.getRules().getOffset(java.time.Instant.ofEpochMilli(ms)).getTotalSeconds() / 60;
            } catch (java.time.DateTimeException e) {
                throw ScriptRuntime.constructError("RangeError", "Invalid time zone specified: "
                        + ScriptRuntime.toString(a[0]));
            }
        });
        define(host, scope, "zoneId", 0, (cx, sc, self, a) -> cx.getTimeZone().toZoneId().getId());
        define(host, scope, "collate", 3, (cx, sc, self, a) -> {
            String tag = a[2] == null || a[2] == org.mozilla.javascript.Undefined.instance
                    ? "en-US" : ScriptRuntime.toString(a[2]);
            java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(tag));
            return (double) Integer.signum(collator.compare(ScriptRuntime.toString(a[0]),
                    ScriptRuntime.toString(a[1])));
        });
        define(host, scope, "formatNumber", 4, (cx, sc, self, a) -> formatNumber(ScriptRuntime.toNumber(a[0]),
                (int) ScriptRuntime.toNumber(a[1]), (int) ScriptRuntime.toNumber(a[2]), ScriptRuntime.toBoolean(a[3])));
        define(host, scope, "encode", 2, (cx, sc, self, a) -> bytes(cx, sc,
                encode(ScriptRuntime.toString(a[0]), ScriptRuntime.toString(a[1]))));
        define(host, scope, "decode", 2, (cx, sc, self, a) -> decode(bytes(a[0]), ScriptRuntime.toString(a[1])));
        return host;
    }

    /** A number as ICU formats it: rounded half away from zero on its shortest decimal form, grouped by 3. */
    static String formatNumber(double value, int minFraction, int maxFraction, boolean grouping) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(Math.abs(value)))
                .setScale(maxFraction, java.math.RoundingMode.HALF_UP);
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        int keep = fraction.length();
        while (keep > minFraction && fraction.charAt(keep - 1) == '0') {
            keep--;
        }
        fraction = fraction.substring(0, keep);
        StringBuilder grouped = new StringBuilder(integer);
        if (grouping) {
            for (int i = integer.length() - 3; i > 0; i -= 3) {
                grouped.insert(i, ',');
            }
        }
        boolean negative = value < 0 && d.signum() != 0;
        return (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "." + fraction);
    }

    private static void define(ScriptableObject host, Scriptable scope, String name, int arity,
            org.mozilla.javascript.SerializableCallable body) {
        host.defineProperty(name, new LambdaFunction(scope, name, arity, body), ScriptableObject.DONTENUM);
    }

    /** A new Uint8Array holding {@code data}, created in the caller's scope. */
    public static Scriptable bytes(Context cx, Scriptable scope, byte[] data) {
        Scriptable top = ScriptableObject.getTopLevelScope(scope);
        Scriptable u8 = cx.newObject(top, "Uint8Array", new Object[] {data.length});
        NativeArrayBufferView view = (NativeArrayBufferView) u8;
        System.arraycopy(data, 0, view.getBuffer().getBuffer(), view.getByteOffset(), data.length);
        return u8;
    }

    /** The bytes of a typed array or DataView. */
    public static byte[] bytes(Object value) {
        if (!(value instanceof NativeArrayBufferView view)) {
            throw ScriptRuntime.typeError("expected a Buffer or Uint8Array");
        }
        byte[] out = new byte[view.getByteLength()];
        System.arraycopy(view.getBuffer().getBuffer(), view.getByteOffset(), out, 0, out.length);
        return out;
    }

    static byte[] encode(String s, String encoding) {
        switch (encoding) {
            case "utf8":
                return utf8(s);
            case "hex": {
                int n = s.length() / 2;
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    int hi = Character.digit(s.charAt(2 * i), 16);
                    int lo = Character.digit(s.charAt(2 * i + 1), 16);
                    if (hi < 0 || lo < 0) {
                        return java.util.Arrays.copyOf(out, i);
                    }
                    out[i] = (byte) (hi << 4 | lo);
                }
                return out;
            }
            case "base64":
            case "base64url": {
                // Node ignores characters outside the alphabet and missing padding.
                String cleaned = s.replace('-', '+').replace('_', '/').replaceAll("[^A-Za-z0-9+/]", "");
                switch (cleaned.length() % 4) {
                    case 1 -> cleaned = cleaned.substring(0, cleaned.length() - 1);
                    case 2 -> cleaned = cleaned + "==";
                    case 3 -> cleaned = cleaned + "=";
                    default -> { }
                }
                return Base64.getDecoder().decode(cleaned);
            }
            case "latin1": {
                byte[] out = new byte[s.length()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) s.charAt(i);
                }
                return out;
            }
            case "utf16le":
                return s.getBytes(StandardCharsets.UTF_16LE);
            default:
                throw ScriptRuntime.typeError("Unknown encoding: " + encoding);
        }
    }

    /** UTF-8 as Node writes it: a lone surrogate becomes U+FFFD. */
    private static byte[] utf8(String s) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decode(byte[] data, String encoding) {
        switch (encoding) {
            case "utf8":
                return new String(data, StandardCharsets.UTF_8);
            case "hex":
                return HexFormat.of().formatHex(data);
            case "base64":
                return Base64.getEncoder().encodeToString(data);
            case "base64url":
                return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
            case "latin1":
                return new String(data, StandardCharsets.ISO_8859_1);
            case "utf16le":
                return new String(data, StandardCharsets.UTF_16LE);
            default:
                throw ScriptRuntime.typeError("Unknown encoding: " + encoding);
        }
    }
}
