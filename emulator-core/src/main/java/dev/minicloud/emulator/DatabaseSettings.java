package dev.minicloud.emulator;

import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.internal.database.engine.CollectionNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The database part of an {@link EmulatorConfiguration}; its builder checks each value as it is set. */
record DatabaseSettings(Set<String> collections, boolean autoCreateCollections, boolean throwOnNotFound,
        int defaultQueryLimit, int maxQueryLimit, boolean pathIndexes, List<DatabaseSnapshot> seeds,
        Duration transactionLockTimeout, Duration queryTimeout) {

    DatabaseSettings {
        collections = Collections.unmodifiableSet(new LinkedHashSet<>(collections));
        seeds = List.copyOf(seeds);
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.collections.addAll(collections);
        b.autoCreateCollections = autoCreateCollections;
        b.throwOnNotFound = throwOnNotFound;
        b.defaultQueryLimit = defaultQueryLimit;
        b.maxQueryLimit = maxQueryLimit;
        b.pathIndexes = pathIndexes;
        b.seeds.addAll(seeds);
        b.transactionLockTimeout = transactionLockTimeout;
        b.queryTimeout = queryTimeout;
        return b;
    }

    static final class Builder {
        private final Set<String> collections = new LinkedHashSet<>();
        private boolean autoCreateCollections;
        private boolean throwOnNotFound = true;
        private int defaultQueryLimit = EmulatorConfiguration.DEFAULT_QUERY_LIMIT;
        private int maxQueryLimit = EmulatorConfiguration.MAX_QUERY_LIMIT;
        private boolean pathIndexes = true;
        private final List<DatabaseSnapshot> seeds = new ArrayList<>();
        private Duration transactionLockTimeout = EmulatorConfiguration.DEFAULT_TRANSACTION_LOCK_TIMEOUT;
        private Duration queryTimeout = EmulatorConfiguration.DEFAULT_QUERY_TIMEOUT;

        void addCollection(String name) {
            collections.add(CollectionNames.check(name));
        }

        void setAutoCreateCollections(boolean autoCreate) {
            this.autoCreateCollections = autoCreate;
        }

        void setThrowOnNotFound(boolean throwOnNotFound) {
            this.throwOnNotFound = throwOnNotFound;
        }

        void setQueryLimits(int defaultLimit, int maxLimit) {
            if (defaultLimit < 1 || maxLimit < defaultLimit) {
                throw new IllegalArgumentException("query limits (" + defaultLimit + ", " + maxLimit
                        + ") must satisfy 1 <= default <= max");
            }
            this.defaultQueryLimit = defaultLimit;
            this.maxQueryLimit = maxLimit;
        }

        void setPathIndexes(boolean enabled) {
            this.pathIndexes = enabled;
        }

        void addSeed(DatabaseSnapshot documents) {
            seeds.add(Objects.requireNonNull(documents, "documents"));
        }

        void setTransactionLockTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("transaction lock timeout (" + timeout + ") must not be negative");
            }
            this.transactionLockTimeout = timeout;
        }

        void setQueryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("query timeout (" + timeout + ") must be positive");
            }
            this.queryTimeout = timeout;
        }

        DatabaseSettings build() {
            return new DatabaseSettings(collections, autoCreateCollections, throwOnNotFound, defaultQueryLimit,
                    maxQueryLimit, pathIndexes, seeds, transactionLockTimeout, queryTimeout);
        }
    }
}
