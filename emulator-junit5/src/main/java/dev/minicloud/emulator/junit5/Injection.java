package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.storage.Storage;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** What the extension injects for each type a field or parameter may ask for, and how it sets a field. */
final class Injection {
    private Injection() {}

    /**
     * The part of {@code env} that {@code type} names, seen by {@code caller} where the caller matters;
     * {@code miniProgramRoot} is asked only for a {@link MiniProgram}.
     */
    static Object facet(Class<?> type, CloudEnvironment env, WxContext caller, Supplier<Path> miniProgramRoot) {
        if (type == CloudEnvironment.class) {
            return env;
        }
        if (type == Database.class) {
            return env.database();
        }
        if (type == Storage.class) {
            return env.storage();
        }
        if (type == Functions.class) {
            return caller == null ? env.functions() : env.functions().as(caller);
        }
        if (type == VirtualClock.class) {
            return env.clock();
        }
        if (type == CloudClient.class) {
            // Without a caller, the mini-program user is one who is not logged in, not an admin: a client never is.
            return env.client(caller == null ? WxContext.builder().build() : caller);
        }
        if (type == MiniProgram.class) {
            Path root = miniProgramRoot.get();
            return caller == null ? env.miniProgram(root) : env.miniProgram(root, caller);
        }
        throw new ParameterResolutionException(type.getName() + " cannot be injected; ask for one of "
                + Scopes.TYPE_NAMES);
    }

    static void assign(Object instance, Field f, Object value) throws IllegalAccessException {
        f.setAccessible(true);
        f.set(instance, value);
    }
}
