package dev.minicloud.emulator.miniprogram;

import dev.minicloud.emulator.internal.miniprogram.MiniProgramRealm;
import java.util.Arrays;

/** A module of a {@link MiniProgram}, such as its {@code utils/api.js}, whose exported functions Java can call. */
public final class MiniModule {
    private final MiniProgramRealm realm;
    private final int handle;

    MiniModule(MiniProgramRealm realm, int handle) {
        this.realm = realm;
        this.handle = handle;
    }

    /** The exports as JSON values, functions left out. */
    public Object exports() {
        return realm.exports(handle);
    }

    /**
     * Calls an exported function with JSON-valued arguments and returns its value, a Promise settled first.
     *
     * @throws dev.minicloud.emulator.base.CloudException with the cloud's errCode and errMsg if it rejects with a cloud
     *     error, or errMsg {@code thirdScriptError ...} if it throws or rejects with anything else
     */
    public Object call(String function, Object... args) {
        return realm.invoke(handle, function, Arrays.asList(args));
    }
}
