package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures as the admin protocol answers them: {@code {code, message, requestId}} with HTTP 200. wx-server-sdk
 * rebuilds its errMsg as {@code "<api>:fail <errCode> <code text>. <message>"}, so the message is what the Java API's
 * errMsg has after that prefix, and the same failure reads the same through both doors. Nothing of a Java stack
 * trace is ever sent.
 */
final class AdminErrors {
    private AdminErrors() {}

    static Map<String, Object> of(String code, String message, String requestId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("message", message);
        out.put("requestId", requestId);
        return out;
    }

    /** The error answer of a failure while running a request. */
    static Map<String, Object> of(RuntimeException e, String requestId) {
        if (e instanceof AdminFailure f) {
            return of(f.code(), f.getMessage(), requestId);
        }
        if (e instanceof CloudException c) {
            String code = OpenTransactions.isConflict(c) ? TcbCodes.TRANSACTION_CONFLICT : TcbCodes.of(c.errCode());
            return of(code, detail(c), requestId);
        }
        if (e instanceof IllegalArgumentException) {
            return of(TcbCodes.INVALID_PARAM, String.valueOf(e.getMessage()), requestId);
        }
        // Something MiniCloud did not foresee: the caller learns that, never how the host is built.
        return of(TcbCodes.SYS_ERR, "MiniCloud could not run this request (" + e.getClass().getSimpleName() + ")",
                requestId);
    }

    /** The part of an errMsg after {@code "<api>:fail "} and, where present, {@code "<errCode> <text>. "}. */
    static String detail(CloudException c) {
        String msg = c.errMsg();
        int fail = msg.indexOf(":fail ");
        String rest = fail < 0 ? msg : msg.substring(fail + ":fail ".length());
        String coded = c.errCode() + " ";
        if (rest.startsWith(coded)) {
            int dot = rest.indexOf(". ");
            return dot < 0 ? rest.substring(coded.length()) : rest.substring(dot + 2);
        }
        return rest;
    }
}
