package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.HostObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The Java half of {@code zlib}: whole buffers in, whole buffers out, by the JDK's zlib (the library Node links, so
 * compressed bytes are Node's for the same level). Decompressed output is reserved from the invocation's allocation
 * budget chunk by chunk before it is kept, so a small input that inflates without end (a zip bomb) stops the
 * function as any allocation past its memory does, long before the JVM's heap is at risk.
 */
public final class ZlibHost {
    private static final int CHUNK = 64 * 1024;
    /** Node's {@code buffer.kMaxLength} is larger; a Java array stops here. */
    private static final double MAX_OUTPUT = Integer.MAX_VALUE - 8;

    private ZlibHost() {}

    public static Scriptable create(Scriptable scope) {
        NativeObject host = new NativeObject();
        host.setParentScope(scope);
        host.setPrototype(ScriptableObject.getObjectPrototype(scope));
        host.defineProperty("inflate", new LambdaFunction(scope, "inflate", 4, (cx, sc, self, a) -> inflate(cx, sc,
                ScriptRuntime.toString(a[0]), HostObject.bytes(a[1]), ScriptRuntime.toNumber(a[2]),
                ScriptRuntime.toBoolean(a[3]))), ScriptableObject.DONTENUM);
        host.defineProperty("deflate", new LambdaFunction(scope, "deflate", 3, (cx, sc, self, a) -> deflate(cx, sc,
                ScriptRuntime.toString(a[0]), HostObject.bytes(a[1]), (int) ScriptRuntime.toNumber(a[2]))),
                ScriptableObject.DONTENUM);
        return host;
    }

    /**
     * {@code format} is {@code gzip}, {@code deflate} (zlib's wrapper), {@code raw} or {@code unzip} (gzip or
     * deflate, by the first bytes). With {@code partial} (Node's {@code finishFlush: Z_SYNC_FLUSH}) input that ends
     * early gives what it holds instead of failing. A failure is answered as {@code {message, code, errno}}, which
     * the script side throws as Node's error.
     */
    private static Object inflate(Context cx, Scriptable scope, String format, byte[] data, double maxOutput,
            boolean partial) {
        double limit = Double.isNaN(maxOutput) || maxOutput <= 0 ? MAX_OUTPUT : Math.min(maxOutput, MAX_OUTPUT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Inflater inflater = null;
        try {
            InputStream in;
            boolean gzip = format.equals("gzip") || format.equals("unzip") && data.length > 1
                    && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
            if (gzip) {
                in = new GZIPInputStream(new ByteArrayInputStream(data), CHUNK);
            } else {
                inflater = new Inflater(format.equals("raw"));
                in = new InflaterInputStream(new ByteArrayInputStream(data), inflater, CHUNK);
            }
            byte[] buffer = new byte[CHUNK];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (out.size() + (double) n > limit) {
                        return error(cx, scope, "Cannot create a Buffer larger than " + (long) limit + " bytes",
                                "ERR_BUFFER_TOO_LARGE", 0);
                    }
                    // The buffer may double as it grows, and the answer is copied twice more.
                    Budget.reserve(cx, 3.0 * (out.size() + n));
                    out.write(buffer, 0, n);
                }
            } catch (EOFException e) {
                if (!partial) {
                    return error(cx, scope, "unexpected end of file", "Z_BUF_ERROR", -5);
                }
            }
        } catch (ZipException e) {
            return error(cx, scope, nodeMessage(e.getMessage()), "Z_DATA_ERROR", -3);
        } catch (IOException e) {
            return error(cx, scope, "unexpected end of file", "Z_BUF_ERROR", -5);
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
        return HostObject.bytes(cx, scope, out.toByteArray());
    }

    /** zlib's own messages, except where the JDK words the gzip wrapper's checks itself. */
    private static String nodeMessage(String message) {
        if (message == null) {
            return "invalid data";
        }
        return switch (message) {
            case "Not in GZIP format", "Unsupported compression method" -> "incorrect header check";
            case "Corrupt GZIP trailer" -> "incorrect data check";
            default -> message;
        };
    }

    private static Scriptable error(Context cx, Scriptable scope, String message, String code, int errno) {
        Scriptable e = cx.newObject(scope);
        ScriptableObject.putProperty(e, "message", message);
        ScriptableObject.putProperty(e, "code", code);
        ScriptableObject.putProperty(e, "errno", errno);
        return e;
    }

    /** {@code format} is {@code gzip}, {@code deflate} or {@code raw}; {@code level} -1 to 9, as zlib takes it. */
    private static Object deflate(Context cx, Scriptable scope, String format, byte[] data, int level) {
        if (level < -1 || level > 9) {
            throw ScriptRuntime.rangeError("The value of \"options.level\" is out of range. It must be >= -1 and"
                    + " <= 9. Received " + level);
        }
        Deflater deflater = new Deflater(level, !format.equals("deflate"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
        try {
            if (format.equals("gzip")) {
                // Node's header: no name or time, the extra flags zlib sets for the level, OS 3 (Unix).
                out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) (level == 9 ? 2 : level == 1 ? 4 : 0),
                        3}, 0, 10);
            }
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[CHUNK];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                Budget.reserve(cx, 3.0 * (out.size() + n));
                out.write(buffer, 0, n);
            }
            if (format.equals("gzip")) {
                CRC32 crc = new CRC32();
                crc.update(data);
                writeIntLE(out, (int) crc.getValue());
                writeIntLE(out, data.length);
            }
        } finally {
            deflater.end();
        }
        return HostObject.bytes(cx, scope, out.toByteArray());
    }

    private static void writeIntLE(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
