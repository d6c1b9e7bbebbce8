package dev.minicloud.emulator.functions.call;

import dev.minicloud.emulator.base.CloudException;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one call: {@code {result, requestID, errMsg}} as the SDK resolves it, or the failure it rejects
 * with, plus what a test needs to explain it: the function's logs and how long it ran.
 *
 * @param result the value the function returned, as plain Java JSON values (dates became ISO strings); null on failure
 * @param requestId the request id, also given to the function as {@code context.request_id}
 * @param errMsg {@code "callFunction:ok"} (server call) or {@code "cloud.callFunction:ok"} (client call), or the
 *     failure's message, e.g. {@code "cloud.callFunction:fail -504003 Invoking task timed out after 3 seconds"}
 * @param errCode 0 on success, else the service's code: -501000 missing function, -504002 thrown error or rejected
 *     promise, -504003 timeout, -604001 result over 1 MB
 * @param errorStack on -504002, the error's stack with frames mapped to the original files and lines; else null
 * @param logs everything the invocation logged, in order
 * @param duration how long the invocation ran (wall clock)
 */
public record FunctionResult(Object result, String requestId, String errMsg, int errCode, String errorStack,
        List<LogEntry> logs, Duration duration) {

    /** Whether the function succeeded. */
    public boolean succeeded() {
        return errCode == 0;
    }

    /**
     * The result of a successful call.
     *
     * @throws CloudException with this call's errCode and errMsg if it failed
     */
    public Object resultOrThrow() {
        if (!succeeded()) {
            throw new CloudException(errCode, errMsg);
        }
        return result;
    }
}
