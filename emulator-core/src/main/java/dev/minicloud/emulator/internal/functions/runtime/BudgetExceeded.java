package dev.minicloud.emulator.internal.functions.runtime;

/**
 * Stops a running function. An {@link Error}, not an exception: Rhino lets neither JavaScript {@code catch} nor
 * {@code finally} run for it, so a function cannot swallow its own timeout.
 */
public final class BudgetExceeded extends Error {
    private static final long serialVersionUID = 1L;

    /** What ran out. */
    public enum Kind { TIME, MEMORY, CANCELLED }

    private final transient Kind kind;

    public BudgetExceeded(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
