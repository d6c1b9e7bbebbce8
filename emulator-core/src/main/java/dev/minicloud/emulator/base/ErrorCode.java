package dev.minicloud.emulator.base;

/**
 * The numeric error codes of the service and the code text the SDK prints after them, as in
 * {@code "collection.add:fail -502005 database collection not exists. <backend message>"}.
 *
 * <p>Each constant says which misuse raises it in MiniCloud.
 */
public enum ErrorCode {
    /** Raised by the SDK itself: bad parameters, a missing document on {@code doc(id).get()}. */
    UNKNOWN(-1, "unknown error"),
    /** Upload larger than the configured storage limit. */
    UPLOAD_TOO_LARGE(-403001, "exceed upload file size limit"),
    /** {@code callFunction} named a function that does not exist. */
    FUNCTION_NOT_FOUND(-501000, "function not found"),
    /** Duplicate {@code _id} on add, {@code createCollection} of an existing collection. */
    RESOURCE_SYSTEM_ERROR(-501001, "resource system error"),
    /** A database call of the Java API ran longer than its per-query budget. */
    RESOURCE_SERVER_TIMEOUT(-501002, "resource server timeout"),
    /** Invalid request parameters, for example update data that contains {@code _id}. */
    INVALID_PARAMETERS(-501007, "invalid parameters"),
    /** The database could not execute the request: a bad operator, a type error in an update, a path conflict. */
    DATABASE_REQUEST_FAIL(-502001, "database request fail"),
    /** A transaction conflicted with another writer of the same document. */
    DATABASE_TRANSACTION_CONFLICT(-502001, "database request fail"),
    /** A client call was refused by the collection's permission. */
    DATABASE_PERMISSION_DENIED(-502003, "database permission denied"),
    /** The collection does not exist. */
    DATABASE_COLLECTION_NOT_EXISTS(-502005, "database collection not exists"),
    /** A storage call failed. */
    STORAGE_REQUEST_FAIL(-503001, "storage request fail"),
    /** A client storage call was refused by the storage permission. */
    STORAGE_PERMISSION_DENIED(-503002, "storage permission denied"),
    /** The file does not exist. */
    STORAGE_FILE_NOT_EXISTS(-503003, "storage file not exists"),
    /** The cloud function threw an error or rejected its promise. */
    FUNCTIONS_EXECUTE_FAIL(-504002, "functions execute fail"),
    /** The cloud function ran longer than its timeout. */
    FUNCTIONS_TIME_LIMIT_EXCEEDED(-504003, "functions time limit exceeded"),
    /** A client query's result is larger than 1 MB. */
    QUERY_RESULT_TOO_LARGE(-602001, "database query result size exceed limit (1MB)"),
    /** The cloud function's result is larger than 1 MB. */
    FUNCTION_RESULT_TOO_LARGE(-604001, "cloudfunction result size exceed limit (1MB)");

    private final int code;
    private final String text;

    ErrorCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The numeric code, as in {@link CloudException#errCode()}. */
    public int code() {
        return code;
    }

    /** The text the SDK prints after the code, for example {@code "database collection not exists"}. */
    public String text() {
        return text;
    }
}
