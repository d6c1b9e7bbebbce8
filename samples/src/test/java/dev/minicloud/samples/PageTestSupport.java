package dev.minicloud.samples;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;

/** MiniShop's page tests: an environment with the project's permissions, and one phone per user. */
abstract class PageTestSupport {
    static final WxContext ALICE = WxContext.ofOpenId("o_alice");
    static final WxContext BOB = WxContext.ofOpenId("o_bob");

    CloudEnvironment env;

    /** Starts the environment with the project's {@code security-rules.json} at MiniShop's time, and {@code more}. */
    void start(EmulatorConfiguration.Builder more) {
        env = CloudEmulator.newEnvironment(more.loadSecurityRules(Path.of(MiniShop.RULES))
                .setStartTime(Instant.parse(MiniShop.NOW)).build());
    }

    @AfterEach
    void stop() {
        if (env != null) {
            env.close();
        }
    }

    /** The mini-program in {@code app} on {@code user}'s phone. */
    MiniProgram phone(String app, WxContext user) {
        return env.miniProgram(Path.of(app), user);
    }
}
