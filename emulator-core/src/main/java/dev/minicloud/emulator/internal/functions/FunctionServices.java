package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.OpenApi;
import dev.minicloud.emulator.internal.common.MovableClock;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a function can reach in its environment, and how it runs there.
 *
 * @param envId the environment id ({@code getWXContext().ENV})
 * @param appId the app id client calls come from unless their identity names another
 * @param clock the environment's clock
 * @param database the environment's database
 * @param storage the environment's file storage
 * @param openApi the recording {@code cloud.openapi} stub
 * @param http the stubs every outbound HTTP request goes to
 * @param functions how a function calls another ({@code cloud.callFunction})
 * @param processEnv the base {@code process.env} of every function
 * @param defaultTimeout the time limit of a function without {@code config.json#timeout}
 * @param memoryBudgetBytes the bytes one invocation may allocate before it is stopped
 * @param transpileCache where transpiled modules are cached on disk, or null for memory only
 */
public record FunctionServices(String envId, String appId, MovableClock clock, DatabaseEngine database,
        StorageService storage, OpenApi openApi, OutboundHttp http,
        NestedCalls functions, Map<String, String> processEnv, Duration defaultTimeout, long memoryBudgetBytes,
        Path transpileCache) {

    /** {@code cloud.callFunction} from inside a function. */
    @FunctionalInterface
    public interface NestedCalls {
        FunctionResult call(String name, Object data, Invocation.Caller caller);
    }
}
