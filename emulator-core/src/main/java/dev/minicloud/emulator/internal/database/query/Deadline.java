package dev.minicloud.emulator.internal.database.query;

import java.util.function.Supplier;

/**
 * When the database request running on this thread must stop: the calling function's time and memory budget, or
 * the per-query budget of a Java caller. Long host-side work asks {@link #check()} now and then: regular expression
 * matching (through {@link #guard(CharSequence)}), scans (through {@link #guard(Filter)}) and pipeline stages. The
 * check throws whatever the installed limit throws: the function's budget error, which ends the function with -504003,
 * or the per-query timeout.
 *
 * <p>Why a thread-scoped value and not a parameter: the limit has to reach a regex test deep inside the one matcher,
 * which every query, update, {@code $pull} and pipeline stage compiles in its own way, for callers that cannot see
 * the matcher at all. It is only ever set for the length of one call ({@link #within}) and restored after it, so
 * nothing outlives the request or crosses to another thread or environment.
 */
public final class Deadline {
    /** How many characters a guarded regex may read between two checks. */
    private static final int CHARS_PER_CHECK = 4096;
    /** How many documents a guarded filter may test between two checks. */
    private static final int DOCUMENTS_PER_CHECK = 64;
    private static final ThreadLocal<Runnable> CURRENT = new ThreadLocal<>();

    private Deadline() {}

    /** Runs {@code call} with {@code check} as this thread's limit; any earlier limit comes back after. */
    public static <T> T within(Runnable check, Supplier<T> call) {
        Runnable outer = CURRENT.get();
        CURRENT.set(check);
        try {
            return call.get();
        } finally {
            // Not remove(): that drops the thread's map entry, which the next request would allocate again.
            CURRENT.set(outer);
        }
    }

    /** Runs {@code call} with {@code check} as the limit unless one is set (a function's outranks a query's). */
    public static <T> T withinIfNone(Supplier<Runnable> check, Supplier<T> call) {
        return CURRENT.get() != null ? call.get() : within(check.get(), call);
    }

    /** Throws if the current request ran out of its limit. */
    public static void check() {
        Runnable check = CURRENT.get();
        if (check != null) {
            check.run();
        }
    }

    /** A limit that fails with {@code timeout} once {@code nanos} have passed from now. */
    public static Runnable after(long nanos, Supplier<? extends RuntimeException> timeout) {
        long end = System.nanoTime() + nanos;
        return () -> {
            if (System.nanoTime() - end > 0) {
                throw timeout.get();
            }
        };
    }

    /** The text a regex reads, checking the current limit every few thousand characters. */
    public static CharSequence guard(CharSequence text) {
        Runnable check = CURRENT.get();
        return check == null ? text : new GuardedText(text, check);
    }

    /** The filter of a scan, checking the current limit every few dozen documents. */
    public static Filter guard(Filter filter) {
        Runnable check = CURRENT.get();
        if (check == null) {
            return filter;
        }
        int[] tested = {0};
        return doc -> {
            if (++tested[0] % DOCUMENTS_PER_CHECK == 0) {
                check.run();
            }
            return filter.test(doc);
        };
    }

    /** A string as {@code java.util.regex} reads it, one {@code charAt} at a time, with the limit checked between. */
    private static final class GuardedText implements CharSequence {
        private final CharSequence text;
        private final Runnable check;
        private int reads;

        GuardedText(CharSequence text, Runnable check) {
            this.text = text;
            this.check = check;
        }

        @Override
        public char charAt(int index) {
            if (++reads == CHARS_PER_CHECK) {
                reads = 0;
                check.run();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new GuardedText(text.subSequence(start, end), check);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
