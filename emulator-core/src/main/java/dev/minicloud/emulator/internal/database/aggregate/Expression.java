package dev.minicloud.emulator.internal.database.aggregate;

/**
 * A compiled aggregation expression. It yields a value, or
 * {@link dev.minicloud.emulator.internal.common.value.Missing#VALUE}
 * when it refers to nothing (a missing field, an array index out of range, {@code $$REMOVE}): MongoDB keeps
 * "missing" apart from null, and stages drop fields whose expression is missing. Immutable and thread-safe.
 */
@FunctionalInterface
public interface Expression {
    Object evaluate(Scope scope);
}
