package dev.minicloud.emulator.internal.database.rules;

/** Rule text that is not a valid rule; the position is a 0-based character offset into the expression. */
public final class RuleSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;

    RuleSyntaxException(String message, int position) {
        super(message + " at position " + position);
        this.position = position;
    }

    /** The 0-based offset in the expression where the problem was found. */
    public int position() {
        return position;
    }
}
