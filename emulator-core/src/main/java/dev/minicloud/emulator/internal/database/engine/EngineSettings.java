package dev.minicloud.emulator.internal.database.engine;

import java.time.Duration;

/**
 * The database settings of one environment.
 *
 * @param lockTimeout how long a write outside a transaction waits for a transaction holding its document
 * @param queryTimeout how long one database call of the Java API may run (a function's calls have its time limit)
 */
public record EngineSettings(String envId, boolean autoCreateCollections, int defaultLimit, int maxLimit,
        boolean pathIndexes, Duration lockTimeout, Duration queryTimeout) {}
