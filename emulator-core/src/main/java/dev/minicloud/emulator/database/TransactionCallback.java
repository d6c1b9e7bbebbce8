package dev.minicloud.emulator.database;

/**
 * The body of {@link Database#runTransaction}: it works with the transaction and returns a result, which
 * {@code runTransaction} returns after committing. Throwing rolls the transaction back.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionCallback<T> {
    T run(Transaction transaction);
}
