package dev.minicloud.emulator.database.result;

/**
 * The result of {@code db.createCollection(name)}: {@code {errMsg: "createCollection:ok", requestId}}.
 *
 * @param errMsg {@code "createCollection:ok"}
 * @param requestId an id for the request
 */
public record CreateCollectionResult(String errMsg, String requestId) {}
