package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.common.MovableClock;
import dev.minicloud.emulator.internal.sdk.ClientFiles;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a mini-program reaches in its environment.
 *
 * @param clock the environment's clock, which its timers run on
 * @param database the database operations of one user, under the collections' permissions (a {@code ClientGate})
 * @param functions calls the environment's cloud functions as the mini-program's user
 * @param storage the storage as one user reaches it through {@code wx.cloud} (a {@code ClientFiles})
 * @param device a new folder of the environment's file system for one mini-program's local files
 * @param memoryBudgetBytes the bytes one step (opening a page, calling a handler) may allocate
 * @param transpileCache where transpiled modules are cached on disk, or null for memory only
 */
public record MiniProgramServices(MovableClock clock, Function<WxContext, DatabaseOperations> database,
        FunctionCalls functions, Function<WxContext, ClientFiles> storage, Supplier<Path> device,
        long memoryBudgetBytes, Path transpileCache) {

    /** {@code wx.cloud.callFunction}: calls a function as {@code user}. */
    @FunctionalInterface
    public interface FunctionCalls {
        FunctionResult call(String name, Map<String, ?> event, WxContext user);
    }
}
