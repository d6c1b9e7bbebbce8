package dev.minicloud.emulator.internal.database.update;

/** Resolves the positional operator {@code $}: the index of the first element of an array the query matched. */
@FunctionalInterface
public interface PositionalIndex {
    /** An update without a query condition on any array: {@code $} cannot be resolved. */
    PositionalIndex NONE = arrayPath -> -1;

    /** The index of the first matching element of the array at {@code arrayPath}, or -1 if there is none. */
    int firstMatch(String arrayPath);
}
