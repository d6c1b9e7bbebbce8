package dev.minicloud.emulator.database.result;

/**
 * The result of adding one document: {@code {_id, errMsg: "collection.add:ok"}}.
 *
 * @param id the new document's {@code _id}: the given one, or a generated 32-character hex string
 * @param errMsg {@code "collection.add:ok"}
 */
public record AddResult(Object id, String errMsg) {}
