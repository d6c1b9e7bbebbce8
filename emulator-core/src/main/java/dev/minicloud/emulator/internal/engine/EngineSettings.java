package dev.minicloud.emulator.internal.engine;

/** The database settings of one environment. */
public record EngineSettings(String envId, boolean autoCreateCollections, int defaultLimit, int maxLimit,
        boolean pathIndexes) {}
