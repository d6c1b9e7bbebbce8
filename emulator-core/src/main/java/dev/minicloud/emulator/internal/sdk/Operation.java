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
    GET_DOCUMENT("database.getDocument", "collection.get"),
    CALCULATE_DOCUMENT("database.calculateDocument", "collection.count"),
    INSERT_DOCUMENT("database.insertDocument", "collection.add"),
    MODIFY_DOCUMENT("database.modifyDocument", "collection.update"),
    /** {@code where(...).updateAndReturn(data)}: updates the first match and answers with it as updated. */
    MODIFY_AND_RETURN_DOC("database.modifyAndReturnDoc", "collection.updateAndReturn"),
    REMOVE_DOCUMENT("database.removeDocument", "collection.remove"),
    AGGREGATE_DOCUMENTS("database.aggregateDocuments", "collection.aggregate"),
    ADD_COLLECTION("database.addCollection", "createCollection"),
    START_TRANSACTION("database.startTransaction", "startTransaction"),
    GET_IN_TRANSACTION("database.getInTransaction", "document.get"),
    UPDATE_DOC_IN_TRANSACTION("database.updateDocInTransaction", "document.update"),
    INSERT_DOC_IN_TRANSACTION("database.insertDocInTransaction", "collection.add"),
    DELETE_DOC_IN_TRANSACTION("database.deleteDocInTransaction", "document.remove"),
    COMMIT_TRANSACTION("database.commitTransaction", "transaction.commit"),
    ABORT_TRANSACTION("database.abortTransaction", "transaction.rollback"),
    INVOKE_FUNCTION("functions.invokeFunction", "callFunction"),
    /** {@code storage.getUploadMetadata} and the {@code PUT} to its URL. */
    UPLOAD_FILE("storage.uploadFile", "uploadFile"),
    /** {@code storage.batchGetDownloadUrl} and the {@code GET} of the URL. */
    DOWNLOAD_FILE("storage.downloadFile", "downloadFile"),
    BATCH_GET_DOWNLOAD_URL("storage.batchGetDownloadUrl", "getTempFileURL"),
    BATCH_DELETE_FILE("storage.batchDeleteFile", "deleteFile");

    private static final Map<String, Operation> BY_WIRE_NAME = new HashMap<>();

    static {
        for (Operation op : values()) {
            BY_WIRE_NAME.put(op.wireName, op);
        }
    }

    private final String wireName;
    private final String apiName;

    Operation(String wireName, String apiName) {
        this.wireName = wireName;
        this.apiName = apiName;
    }

    /**
     * The SDK call this operation most often stands for, as errMsg names it ({@code "collection.get"}); where one
     * action serves several calls ({@code doc(id).get()} is also {@code database.getDocument}), the request says
     * which, and this is the name for errors found before the request could be read.
     */
    public String apiName() {
        return apiName;
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
