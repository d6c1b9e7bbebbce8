package dev.minicloud.emulator.internal.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers the way the service sees them: JavaScript has one number type, and the SDK stores an integral value as an
 * integer and anything else as a double. MiniCloud keeps one canonical Java type per value so that equality, sorting
 * and JSON output agree with JavaScript: an integral value is an {@link Integer} (or a {@link Long} beyond 32 bits),
 * any other value a {@link Double}.
 */
public final class Numbers {
    /** Integral doubles up to this magnitude are exact in JavaScript and become {@link Long}s. */
    private static final double MAX_SAFE_INTEGER = 9007199254740991d;

    private Numbers() {}

    /** The canonical form of {@code n}. */
    public static Number canonical(Number n) {
        if (n instanceof Integer) {
            return n;
        }
        if (n instanceof Long l) {
            return ofLong(l);
        }
        if (n instanceof Short || n instanceof Byte) {
            return n.intValue();
        }
        if (n instanceof BigInteger b) {
            return b.bitLength() < 64 ? ofLong(b.longValue()) : b.doubleValue();
        }
        if (n instanceof BigDecimal d) {
            try {
                return ofLong(d.longValueExact());
            } catch (ArithmeticException notIntegral) {
                return ofDouble(d.doubleValue());
            }
        }
        return ofDouble(n.doubleValue());
    }

    /** The canonical form of a long: an {@link Integer} when it fits. */
    public static Number ofLong(long l) {
        // Not a conditional expression: that would unbox both branches and box the Integer as a Long.
        if (l == (int) l) {
            return Integer.valueOf((int) l);
        }
        return Long.valueOf(l);
    }

    /** The canonical form of a double: an integral value becomes an {@link Integer} or {@link Long}. */
    public static Number ofDouble(double d) {
        if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER) {
            return ofLong((long) d);
        }
        return d;
    }

    /** Whether {@code n} is one of the canonical integral types. */
    public static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long;
    }

    /** Numeric comparison across Integer, Long and Double; NaN sorts below every other number, as in MongoDB. */
    public static int compare(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        boolean xNaN = Double.isNaN(x);
        boolean yNaN = Double.isNaN(y);
        if (xNaN || yNaN) {
            return xNaN == yNaN ? 0 : (xNaN ? -1 : 1);
        }
        // Canonical values never hold -0.0, and a non-integral double is far below 2^53, so doubles compare exactly.
        return Double.compare(x, y);
    }

    /** {@code a + b} with JavaScript-visible results: exact for integers, promoting on overflow. */
    public static Number add(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return (double) x + (double) y;
            }
            return ofLong(r);
        }
        return ofDouble(a.doubleValue() + b.doubleValue());
    }

    /** {@code a * b} with JavaScript-visible results: exact for integers, promoting on overflow. */
    public static Number multiply(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            long x = a.longValue();
            long y = b.longValue();
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return ofLong(lo);
            }
            return (double) x * (double) y;
        }
        return ofDouble(a.doubleValue() * b.doubleValue());
    }
}
