package dev.minicloud.emulator.internal.sdk;

import java.util.HashMap;
import java.util.Map;

/**
 * The operations a front door (the Java API, the functions' SDK, an HTTP endpoint) can ask of an environment, each
 * named after the action of CloudBase's admin protocol it corresponds to. Where the protocol does a step over HTTP
 * (an upload's {@code PUT}, a download's {@code GET}), the in-process operation does both at once and says so in its
 * name.
 */
public enum Operation {
    GET_DOCUMENT("database.getDocument"),
    CALCULATE_DOCUMENT("database.calculateDocument"),
    INSERT_DOCUMENT("database.insertDocument"),
    MODIFY_DOCUMENT("database.modifyDocument"),
    REMOVE_DOCUMENT("database.removeDocument"),
    AGGREGATE_DOCUMENTS("database.aggregateDocuments"),
    ADD_COLLECTION("database.addCollection"),
    START_TRANSACTION("database.startTransaction"),
    GET_IN_TRANSACTION("database.getInTransaction"),
    UPDATE_DOC_IN_TRANSACTION("database.updateDocInTransaction"),
    INSERT_DOC_IN_TRANSACTION("database.insertDocInTransaction"),
    DELETE_DOC_IN_TRANSACTION("database.deleteDocInTransaction"),
    COMMIT_TRANSACTION("database.commitTransaction"),
    ABORT_TRANSACTION("database.abortTransaction"),
    INVOKE_FUNCTION("functions.invokeFunction"),
    /** {@code storage.getUploadMetadata} and the {@code PUT} to its URL. */
    UPLOAD_FILE("storage.uploadFile"),
    /** {@code storage.batchGetDownloadUrl} and the {@code GET} of the URL. */
    DOWNLOAD_FILE("storage.downloadFile"),
    BATCH_GET_DOWNLOAD_URL("storage.batchGetDownloadUrl"),
    BATCH_DELETE_FILE("storage.batchDeleteFile");

    private static final Map<String, Operation> BY_WIRE_NAME = new HashMap<>();

    static {
        for (Operation op : values()) {
            BY_WIRE_NAME.put(op.wireName, op);
        }
    }

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    /** The action name, as {@code "database.getDocument"}. */
    public String wireName() {
        return wireName;
    }

    /** The operation with this action name, or null. */
    public static Operation byWireName(String name) {
        return BY_WIRE_NAME.get(name);
    }
}
