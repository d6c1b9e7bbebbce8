package dev.minicloud.emulator.internal.js;

/**
 * Stops a running function. An {@link Error}, not an exception: Rhino lets neither JavaScript {@code catch} nor
 * {@code finally} run for it, so a function cannot swallow its own timeout.
 */
final class BudgetExceeded extends Error {
    private static final long serialVersionUID = 1L;

    /** What ran out. */
    enum Kind { TIME, MEMORY, CANCELLED }

    private final transient Kind kind;

    BudgetExceeded(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
