package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.base.CloudException;

/**
 * Errors the SDK raises itself, before any request is sent: errCode -1 and the SDK's own message, with no
 * {@code <api>:fail} prefix.
 */
public final class SdkErrors {
    /** {@code where()} got something that is not an object. */
    public static final String WHERE_NOT_OBJECT = "查询参数必须为对象";
    /** {@code where()} got an object whose values are all undefined. */
    public static final String WHERE_ALL_UNDEFINED = "查询参数对象值不能均为undefined";
    /** {@code orderBy()} direction other than exactly "asc" or "desc". */
    public static final String BAD_ORDER_DIRECTION = "排序字符不合法";
    /** {@code doc(id)} with an id that is neither a string nor a number. */
    public static final String BAD_DOC_ID = "docId必须为字符串或数字";
    /** {@code collection("")}. */
    public static final String COLLECTION_NAME_REQUIRED = "Collection name is required";
    /** {@code update({data: {}})}. */
    public static final String EMPTY_UPDATE_DATA = "options.data must not be empty";

    /** JavaScript's {@code undefined}, for parameter errors about a value that was not given. */
    public static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    private SdkErrors() {}

    /** An SDK-side error with errCode -1. */
    public static CloudException of(String message) {
        return new CloudException(-1, message);
    }

    /**
     * A parameter type error, as wx-server-sdk's {@code CloudSDKError}: errMsg
     * {@code "parameter.<name> should be <expected> instead of <actual>;"} and message
     * {@code "errCode: -1 unknown error | errMsg: <errMsg>"}.
     */
    public static CloudException parameterType(String name, String expected, Object actual) {
        String errMsg = "parameter." + name + " should be " + expected + " instead of " + jsType(actual) + ";";
        return new CloudException(-1, errMsg, "errCode: -1 unknown error | errMsg: " + errMsg, null);
    }

    /** The name JavaScript's SDK prints for a value's type. */
    public static String jsType(Object v) {
        if (v == UNDEFINED) {
            return "undefined";
        }
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof java.util.List) {
            return "array";
        }
        return "object";
    }
}
