package dev.minicloud.emulator.internal.admin;

import java.util.Map;

/**
 * The admin protocol names errors by a code name ({@code DATABASE_COLLECTION_NOT_EXIST}) and the SDK turns the name
 * back into a number with its own table ({@code TCB_ERR_CODE} of wx-server-sdk 4.0.2). This is that table read the
 * other way: the name whose number is the service's errCode, so the SDK reports the same errCode as the Java API.
 */
final class TcbCodes {
    static final String SUCCESS = "SUCCESS";
    static final String SYS_ERR = "SYS_ERR";
    static final String INVALID_PARAM = "INVALID_PARAM";
    /** The one code @cloudbase/database's {@code runTransaction} retries on. */
    static final String TRANSACTION_CONFLICT = "DATABASE_TRANSACTION_CONFLICT";

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, SUCCESS),
            Map.entry(-501001, SYS_ERR),
            Map.entry(-501002, "SERVER_TIMEOUT"),
            Map.entry(-501003, "EXCEED_REQUEST_LIMIT"),
            Map.entry(-501007, INVALID_PARAM),
            Map.entry(-502001, "DATABASE_REQUEST_FAILED"),
            Map.entry(-502002, "DATABASE_INVALID_OPERRATOR"),
            Map.entry(-502003, "DATABASE_PERMISSION_DENIED"),
            Map.entry(-502004, "DATABASE_COLLECTION_EXCEED_LIMIT"),
            Map.entry(-502005, "DATABASE_COLLECTION_NOT_EXIST"),
            Map.entry(-503001, "STORAGE_REQUEST_FAIL"),
            Map.entry(-503002, "STORAGE_EXCEED_AUTHORITY"),
            Map.entry(-503003, "STORAGE_FILE_NONEXIST"),
            Map.entry(-503004, "STORAGE_SIGN_PARAM_INVALID"),
            Map.entry(-504001, "FUNCTIONS_REQUEST_FAIL"),
            Map.entry(-504002, "FUNCTIONS_EXECUTE_FAIL"));

    private TcbCodes() {}

    /**
     * The code name of {@code errCode}. The SDK's own errors (-1: bad arguments it checks before sending) are
     * {@code INVALID_PARAM}, as the service answers arguments the SDK let through; a number the table lacks is
     * {@code SYS_ERR}, which the SDK also falls back to.
     */
    static String of(int errCode) {
        if (errCode == -1) {
            return INVALID_PARAM;
        }
        return NAMES.getOrDefault(errCode, SYS_ERR);
    }
}
