package dev.minicloud.emulator.database.result;

/**
 * The result of {@code count()}: {@code {total: n, errMsg: "collection.count:ok"}}.
 *
 * @param total how many documents match
 * @param errMsg {@code "collection.count:ok"}
 */
public record CountResult(long total, String errMsg) {}
