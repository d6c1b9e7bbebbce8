package dev.minicloud.emulator.internal.common.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Numbers the way the service sees them: JavaScript has one number type, and the SDK stores an integral value as an
 * integer and anything else as a double. MiniCloud keeps one canonical Java type per value so that equality, sorting
 * and JSON output agree with JavaScript: an integral value within the 64-bit range is an {@link Integer} (or a
 * {@link Long} beyond 32 bits), any other value (a fraction, NaN, an infinity, a magnitude of 2^63 or more) a
 * {@link Double}. So two canonical numbers are {@code equals} exactly when they are the same number, and hash-based
 * collections agree with {@link #compare}.
 */
public final class Numbers {
    /** 2^63: every double below it and at least -2^63 that is integral is a long. */
    private static final double TWO_POW_63 = 0x1p63;

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

    /**
     * The canonical form of a double: an integral value in the long range becomes an {@link Integer} or
     * {@link Long} (exactly: such a double is a whole number), and -0.0 becomes 0.
     */
    public static Number ofDouble(double d) {
        if (d == Math.rint(d) && d >= -TWO_POW_63 && d < TWO_POW_63) {
            return ofLong((long) d);
        }
        return d;
    }

    /** Whether {@code n} is one of the canonical integral types. */
    public static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long;
    }

    /**
     * Compares by exact mathematical value, as MongoDB does: a long and a double are equal only if they are the same
     * number (so 2^53 + 1 is above the double 2^53, and {@code Long.MAX_VALUE} below the double 2^63, to which it
     * rounds); NaN equals NaN and sorts below every other number; -0.0 equals 0.
     */
    public static int compare(Number a, Number b) {
        boolean wholeA = isWhole(a);
        boolean wholeB = isWhole(b);
        if (wholeA && wholeB) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (wholeA) {
            return compareLongToDouble(a.longValue(), b.doubleValue());
        }
        if (wholeB) {
            return -compareLongToDouble(b.longValue(), a.doubleValue());
        }
        return compareDoubles(a.doubleValue(), b.doubleValue());
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static int compareDoubles(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        if (x == y) {
            return 0;
        }
        return Boolean.compare(!Double.isNaN(x), !Double.isNaN(y));
    }

    /** Exact: converting the long to a double would round it above 2^53. */
    private static int compareLongToDouble(long l, double d) {
        if (Double.isNaN(d)) {
            return 1;
        }
        if (d >= TWO_POW_63) {
            return -1;
        }
        if (d < -TWO_POW_63) {
            return 1;
        }
        // |d| < 2^63 here, so its whole part is an exact long and the fraction what is left.
        long whole = (long) d;
        int c = Long.compare(l, whole);
        if (c != 0) {
            return c;
        }
        double fraction = d - whole;
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0);
    }

    /** {@code a + b} with JavaScript-visible results: exact for integers, promoting to a double on overflow. */
    public static Number add(Number a, Number b) {
        return addExact(a, b).orElseGet(() -> ofDouble(a.doubleValue() + b.doubleValue()));
    }

    /** {@code a * b} with JavaScript-visible results: exact for integers, promoting to a double on overflow. */
    public static Number multiply(Number a, Number b) {
        return multiplyExact(a, b).orElseGet(() -> ofDouble(a.doubleValue() * b.doubleValue()));
    }

    /**
     * {@code a + b} as MongoDB's {@code $inc} computes it: exact for integers (an int past 32 bits becomes a long), in
     * double arithmetic when either is a double, and empty when an integral result does not fit 64 bits.
     */
    public static Optional<Number> addExact(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? Optional.empty() : Optional.of(ofLong(r));
        }
        return Optional.of(ofDouble(a.doubleValue() + b.doubleValue()));
    }

    /** {@code a * b} as MongoDB's {@code $mul} computes it; like {@link #addExact}. */
    public static Optional<Number> multiplyExact(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            long x = a.longValue();
            long y = b.longValue();
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            boolean fits = hi == 0 && lo >= 0 || hi == -1 && lo < 0;
            return fits ? Optional.of(ofLong(lo)) : Optional.empty();
        }
        return Optional.of(ofDouble(a.doubleValue() * b.doubleValue()));
    }
}
