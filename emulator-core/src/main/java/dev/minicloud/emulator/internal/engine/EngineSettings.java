package dev.minicloud.emulator.internal.engine;

import java.time.Duration;

/**
 * The database settings of one environment.
 *
 * @param lockTimeout how long a write outside a transaction waits for a transaction holding its document
 */
public record EngineSettings(String envId, boolean autoCreateCollections, int defaultLimit, int maxLimit,
        boolean pathIndexes, Duration lockTimeout) {}
