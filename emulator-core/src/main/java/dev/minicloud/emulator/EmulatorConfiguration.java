package dev.minicloud.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dev.minicloud.emulator.internal.engine.CollectionNames;
import java.util.regex.Pattern;

/**
 * The immutable settings of an environment. Start from {@link #defaults()} or {@link #builder()}, change a copy with
 * {@link #toBuilder()}:
 *
 * <pre>{@code
 * EmulatorConfiguration config = EmulatorConfiguration.builder()
 *         .setEnvId("prod-1a2b")
 *         .addCollection("todos")
 *         .setStartTime(Instant.parse("2024-03-17T02:20:30Z"))
 *         .build();
 * }</pre>
 *
 * <p>A configuration holds no mutable state of its own, so one configuration can start any number of environments,
 * on any number of threads.
 */
public final class EmulatorConfiguration {
    /** The env id used when none is set. */
    public static final String DEFAULT_ENV_ID = "minicloud-local";
    /** Documents a server-side {@code get()} returns without {@code limit()}: 100, as wx-server-sdk 4.x. */
    public static final int DEFAULT_QUERY_LIMIT = 100;
    /** The largest {@code limit()} the server honours; larger values silently become this: 1000. */
    public static final int MAX_QUERY_LIMIT = 1000;
    /** How long a write outside a transaction waits for an open transaction holding its document: 5 seconds. */
    public static final Duration DEFAULT_TRANSACTION_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern ENV_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final String envId;
    private final Set<String> collections;
    private final boolean autoCreateCollections;
    private final boolean throwOnNotFound;
    private final int defaultQueryLimit;
    private final int maxQueryLimit;
    private final VirtualClock sharedClock;
    private final Instant startTime;
    private final boolean pathIndexes;
    private final Duration transactionLockTimeout;

    private EmulatorConfiguration(Builder b) {
        this.envId = b.envId;
        this.collections = Collections.unmodifiableSet(new LinkedHashSet<>(b.collections));
        this.autoCreateCollections = b.autoCreateCollections;
        this.throwOnNotFound = b.throwOnNotFound;
        this.defaultQueryLimit = b.defaultQueryLimit;
        this.maxQueryLimit = b.maxQueryLimit;
        this.sharedClock = b.sharedClock;
        this.startTime = b.startTime;
        this.pathIndexes = b.pathIndexes;
        this.transactionLockTimeout = b.transactionLockTimeout;
    }

    /** The default settings: env id {@value #DEFAULT_ENV_ID}, no collections, host time. */
    public static EmulatorConfiguration defaults() {
        return builder().build();
    }

    /** A builder holding the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.envId = envId;
        b.collections.addAll(collections);
        b.autoCreateCollections = autoCreateCollections;
        b.throwOnNotFound = throwOnNotFound;
        b.defaultQueryLimit = defaultQueryLimit;
        b.maxQueryLimit = maxQueryLimit;
        b.sharedClock = sharedClock;
        b.startTime = startTime;
        b.pathIndexes = pathIndexes;
        b.transactionLockTimeout = transactionLockTimeout;
        return b;
    }

    /** The environment id, as {@code getWXContext().ENV} and fileIDs show it. */
    public String envId() {
        return envId;
    }

    /** Collections that exist when the environment starts. */
    public Set<String> collections() {
        return collections;
    }

    /** Whether a write to a missing collection creates it instead of failing with -502005 (default false). */
    public boolean autoCreateCollections() {
        return autoCreateCollections;
    }

    /** Whether {@code doc(id).get()} on a missing document throws (default true, as wx-server-sdk). */
    public boolean throwOnNotFound() {
        return throwOnNotFound;
    }

    /** Documents {@code get()} returns when the query sets no limit. */
    public int defaultQueryLimit() {
        return defaultQueryLimit;
    }

    /** The cap on {@code limit()}. */
    public int maxQueryLimit() {
        return maxQueryLimit;
    }

    /** The clock every environment started from this configuration shares, if one was set. */
    public Optional<VirtualClock> sharedClock() {
        return Optional.ofNullable(sharedClock);
    }

    /** The instant at which each environment's own frozen clock starts, if one was set. */
    public Optional<Instant> startTime() {
        return Optional.ofNullable(startTime);
    }

    /** Whether large collections build in-memory path indexes for queries (default true). */
    public boolean pathIndexes() {
        return pathIndexes;
    }

    /**
     * How long a write outside a transaction waits for an open transaction that holds one of its documents before it
     * fails with the transaction-conflict error (default {@link #DEFAULT_TRANSACTION_LOCK_TIMEOUT}).
     */
    public Duration transactionLockTimeout() {
        return transactionLockTimeout;
    }

    /** Mutable builder of {@link EmulatorConfiguration}; setters check their argument at once. */
    public static final class Builder {
        private String envId = DEFAULT_ENV_ID;
        private final Set<String> collections = new LinkedHashSet<>();
        private boolean autoCreateCollections;
        private boolean throwOnNotFound = true;
        private int defaultQueryLimit = DEFAULT_QUERY_LIMIT;
        private int maxQueryLimit = MAX_QUERY_LIMIT;
        private VirtualClock sharedClock;
        private Instant startTime;
        private boolean pathIndexes = true;
        private Duration transactionLockTimeout = DEFAULT_TRANSACTION_LOCK_TIMEOUT;

        private Builder() {}

        /** Sets the env id: letters, digits, {@code -} and {@code _}, at most 64 characters. */
        public Builder setEnvId(String envId) {
            Objects.requireNonNull(envId, "envId");
            if (!ENV_ID.matcher(envId).matches()) {
                throw new IllegalArgumentException("envId (" + envId
                        + ") must be 1-64 letters, digits, '-' or '_', starting with a letter or digit");
            }
            this.envId = envId;
            return this;
        }

        /** Adds a collection that exists from the start, as if created in the console. */
        public Builder addCollection(String name) {
            collections.add(CollectionNames.check(name));
            return this;
        }

        /** Adds collections that exist from the start. */
        public Builder addCollections(String... names) {
            for (String name : names) {
                addCollection(name);
            }
            return this;
        }

        /**
         * Lets a write to a missing collection create it (off by default, because the service fails with -502005).
         * Reads of a missing collection then return nothing instead of failing.
         */
        public Builder setAutoCreateCollections(boolean autoCreate) {
            this.autoCreateCollections = autoCreate;
            return this;
        }

        /** Whether {@code doc(id).get()} on a missing document throws; {@code cloud.init({throwOnNotFound})}. */
        public Builder setThrowOnNotFound(boolean throwOnNotFound) {
            this.throwOnNotFound = throwOnNotFound;
            return this;
        }

        /** Sets how many documents {@code get()} returns without a limit, and the cap on {@code limit()}. */
        public Builder setQueryLimits(int defaultLimit, int maxLimit) {
            if (defaultLimit < 1 || maxLimit < defaultLimit) {
                throw new IllegalArgumentException("query limits (" + defaultLimit + ", " + maxLimit
                        + ") must satisfy 1 <= default <= max");
            }
            this.defaultQueryLimit = defaultLimit;
            this.maxQueryLimit = maxLimit;
            return this;
        }

        /**
         * Gives every environment its own frozen clock starting at {@code start}; each moves only when its test moves
         * it. Replaces {@link #setClock}.
         */
        public Builder setStartTime(Instant start) {
            this.startTime = Objects.requireNonNull(start, "start");
            this.sharedClock = null;
            return this;
        }

        /**
         * Makes every environment use this clock. Environments started from the same configuration then share
         * it, so prefer {@link #setStartTime} when they run in parallel. Replaces {@link #setStartTime}.
         */
        public Builder setClock(VirtualClock clock) {
            this.sharedClock = Objects.requireNonNull(clock, "clock");
            this.startTime = null;
            return this;
        }

        /**
         * Whether a collection of 1,000 or more documents builds an in-memory index for a path the first time a query
         * filters on it with an equality, {@code in} or range (default on). Indexes change speed, never results:
         * every candidate is still checked by the matcher. Turn them off to measure plain scans.
         */
        public Builder setPathIndexes(boolean enabled) {
            this.pathIndexes = enabled;
            return this;
        }

        /**
         * Sets how long a write outside a transaction waits for an open transaction holding its document before it
         * fails; zero fails at once.
         */
        public Builder setTransactionLockTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("transaction lock timeout (" + timeout + ") must not be negative");
            }
            this.transactionLockTimeout = timeout;
            return this;
        }

        /** The immutable configuration. */
        public EmulatorConfiguration build() {
            return new EmulatorConfiguration(this);
        }
    }
}
