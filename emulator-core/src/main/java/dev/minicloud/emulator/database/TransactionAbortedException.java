package dev.minicloud.emulator.database;

/**
 * {@link Database#runTransaction} failed because the callback called {@link Transaction#rollback(Object)}: the
 * JavaScript SDK rejects with the rollback reason itself, Java carries it in {@link #reason()}.
 */
public final class TransactionAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object reason;

    TransactionAbortedException(Object reason) {
        super("transaction rolled back: " + reason);
        this.reason = reason;
    }

    /** The value given to {@code rollback(reason)}; null if none was given. */
    public Object reason() {
        return reason;
    }
}
