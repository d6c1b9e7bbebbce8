package dev.minicloud.emulator.database.result;

/**
 * The result of {@code doc(id).set()}: {@code {_id, errMsg: "document.set:ok", stats: {updated, created}}}.
 *
 * @param id the document's {@code _id}
 * @param errMsg {@code "document.set:ok"}
 * @param stats {@code created: 1} for a new document, {@code updated: 1} for a replaced one
 */
public record SetResult(Object id, String errMsg, Stats stats) {
    /**
     * @param updated 1 if an existing document was replaced by a different one
     * @param created 1 if the document did not exist
     */
    public record Stats(long updated, long created) {}
}
