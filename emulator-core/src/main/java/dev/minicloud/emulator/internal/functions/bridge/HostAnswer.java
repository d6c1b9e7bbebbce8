package dev.minicloud.emulator.internal.functions.bridge;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonTooDeepException;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.DocumentLimits;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.sdk.CommandDecoder;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import dev.minicloud.emulator.internal.sdk.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer of the one host function both SDKs call, {@code host(op, payload)}: the payload is decoded (tagged dates,
 * regexes, server dates and commands rebuilt), the operation runs under the caller's budget, and the answer is
 * {@code {"result": ...}} or {@code {"error": {errCode, errMsg, message}}} as JSON.
 */
public final class HostAnswer {
    private HostAnswer() {}

    /**
     * Runs {@code operation} on {@code payload}: the JSON text of the payload, or the payload as the SDK's wire encoder
     * built it in the realm (see {@link EncodedPayload}).
     */
    public static String answer(String operation, Object payload, Runnable budgetCheck,
            Function<Map<String, Object>, Object> dispatch) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> decoded = (Map<String, Object>) CommandDecoder.decode(parse(operation, payload));
            // Host-side work (matching, scans, pipelines) runs on the caller's clock and memory budget: running
            // out ends the caller with its timeout instead of letting the host work on.
            answer.put("result", Deadline.within(budgetCheck, () -> dispatch.apply(decoded)));
        } catch (CloudException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("errCode", e.errCode());
            error.put("errMsg", e.errMsg());
            error.put("message", e.getMessage());
            if (OpenTransactions.isConflict(e)) {
                // The one failure runTransaction retries; the SDK's error object itself does not show it.
                error.put("transactionConflict", true);
            }
            answer.put("error", error);
        } catch (IllegalArgumentException e) {
            answer.put("error", unknownError(e.getMessage()));
        } catch (RuntimeException e) {
            // A request MiniCloud did not foresee must fail the caller's call, never the test that made it.
            answer.put("error", unknownError(operation + ":fail " + e));
        }
        return JsonCodec.write(answer, DateStyle.EXTENDED);
    }

    /** The payload; one nested too deeply to read fails as the database refuses such values. */
    private static Object parse(String operation, Object payload) {
        try {
            return EncodedPayload.read(payload);
        } catch (JsonTooDeepException e) {
            throw DatabaseEngine.failure(api(operation), DatabaseError.invalidParameters(DocumentLimits.TOO_DEEP));
        }
    }

    /** The SDK call an operation stands for, as its errMsg names it. */
    private static String api(String operation) {
        Operation op = Operation.byWireName(operation);
        return op == null ? operation : op.apiName();
    }

    private static Map<String, Object> unknownError(String errMsg) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("errCode", -1);
        error.put("errMsg", errMsg);
        return error;
    }
}
