package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.common.json.JsonTooDeepException;
import dev.minicloud.emulator.internal.functions.bridge.HostBridge;
import dev.minicloud.emulator.internal.functions.runtime.BudgetExceeded;
import dev.minicloud.emulator.internal.functions.runtime.ErrorInfo;
import java.time.Duration;
import java.util.List;

/**
 * Turns how an invocation ended into the service's {@link FunctionResult}: success, a thrown error (-504002), a
 * time limit (-504003), the memory budget, or a failure of the engine itself, which never leaves as a Java exception.
 */
public final class InvocationResults {
    /** How long the platform lets a function's initialisation (its top-level module code) run: SCF's default. */
    public static final Duration INIT_TIMEOUT = Duration.ofSeconds(65);

    private final FunctionDefinition def;
    private final HostBridge bridge;

    public InvocationResults(FunctionDefinition def, HostBridge bridge) {
        this.def = def;
        this.bridge = bridge;
    }

    public FunctionResult success(Invocation inv, Object value, long started) {
        return result(inv, value, 0, null, null, started);
    }

    public FunctionResult tooLarge(Invocation inv, long started) {
        return result(inv, null, -604001, "cloudfunction result size exceed limit (1MB)", null, started);
    }

    public FunctionResult failure(Invocation inv, ErrorInfo error, long started) {
        String stack = error.render();
        inv.log("error", stack);
        return result(inv, null, -504002, "functions execute fail. " + error.headline(), stack, started);
    }

    /**
     * A stop by the budget. {@code phase} says where the time or memory went on a first call, which includes the
     * instance's initialisation; null for a warm call.
     */
    public FunctionResult budgetFailure(Invocation inv, BudgetExceeded e, long started, ColdStart phase) {
        String where = phase == null ? "" : " " + phase.during();
        if (e.kind() == BudgetExceeded.Kind.MEMORY) {
            return failure(inv, new ErrorInfo("RangeError", "memory limit exceeded: the invocation " + e.getMessage()
                    + where, List.of()), started);
        }
        if (e.kind() == BudgetExceeded.Kind.CANCELLED) {
            return failure(inv, new ErrorInfo("Error", "the invocation was stopped: " + e.getMessage(), List.of()),
                    started);
        }
        Duration limit = phase == ColdStart.INITIALISING ? INIT_TIMEOUT : def.timeout();
        String explanation = phase == null ? null : phase.timedOut(def, seconds(limit));
        if (explanation != null) {
            inv.log("error", explanation);
        }
        return result(inv, null, -504003, "Invoking task timed out after " + seconds(limit) + " seconds",
                explanation, started);
    }

    /** A Java failure inside the engine (not a JavaScript error), reported in JavaScript's terms. */
    FunctionResult engineFailure(Invocation inv, Throwable e, long started) {
        ErrorInfo error;
        if (e instanceof StackOverflowError) {
            error = new ErrorInfo("RangeError", "Maximum call stack size exceeded", List.of());
        } else if (e instanceof OutOfMemoryError) {
            error = new ErrorInfo("RangeError", "memory limit exceeded: the function allocated more than the JVM"
                    + " could give it", List.of());
        } else if (e instanceof NegativeArraySizeException || e instanceof StringIndexOutOfBoundsException) {
            // Rhino's lazily concatenated strings overflow their int length past 2^31 characters, and fail so.
            error = new ErrorInfo("RangeError", "Invalid string length", List.of());
        } else if (e instanceof JsonTooDeepException) {
            // A value too deep to cross as JSON, such as a Java caller's event: as JSON.stringify would refuse it.
            error = new ErrorInfo("RangeError", e.getMessage(), List.of());
        } else {
            error = new ErrorInfo("Error", "the JavaScript engine failed (" + e.getClass().getSimpleName() + ")",
                    List.of());
        }
        return failure(inv, error, started);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    private FunctionResult result(Invocation inv, Object value, int errCode, String failure, String stack,
            long started) {
        // Before the logs are taken, so that the warning about an open transaction is among them.
        bridge.endInvocation(inv);
        String api = inv.caller.isClient() ? "cloud.callFunction" : "callFunction";
        String errMsg = errCode == 0 ? api + ":ok" : api + ":fail " + errCode + " " + failure;
        return new FunctionResult(value, inv.requestId, errMsg, errCode, stack, inv.logs(),
                Duration.ofNanos(System.nanoTime() - started));
    }
}
