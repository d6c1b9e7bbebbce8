package dev.minicloud.emulator.internal.common.value;

/** The value of a path that does not exist in a document; distinct from a stored {@code null}. */
public enum Missing {
    /** The only instance. */
    VALUE;

    @Override
    public String toString() {
        return "<missing>";
    }
}
