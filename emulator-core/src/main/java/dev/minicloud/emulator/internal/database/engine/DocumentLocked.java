package dev.minicloud.emulator.internal.database.engine;

/**
 * A write outside a transaction reached a document an open transaction holds; the engine rolls the write back, waits
 * for that transaction to end and tries again.
 */
final class DocumentLocked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient EngineTransaction holder;

    DocumentLocked(EngineTransaction holder) {
        super("document held by an open transaction", null, false, false);
        this.holder = holder;
    }

    EngineTransaction holder() {
        return holder;
    }
}
