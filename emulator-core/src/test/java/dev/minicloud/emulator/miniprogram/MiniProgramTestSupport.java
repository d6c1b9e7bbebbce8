package dev.minicloud.emulator.miniprogram;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.functions.call.WxContext;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@code todoapp} mini-program beside these tests against an environment whose {@code todos} are
 * {@code PRIVATE}, on a frozen clock, with the cloud functions of the functions' tests.
 */
abstract class MiniProgramTestSupport {
    static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");
    static final WxContext ALICE = WxContext.ofOpenId("o_alice");
    static final WxContext BOB = WxContext.ofOpenId("o_bob");

    CloudEnvironment env;
    MiniProgram mp;

    static Path app() {
        return resource("todoapp");
    }

    /** The cloud functions of the functions' tests ({@code whoami} among them). */
    static Path functions() {
        return resource("/dev/minicloud/emulator/functions/fns");
    }

    private static Path resource(String name) {
        try {
            return Path.of(MiniProgramTestSupport.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void start() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().setStartTime(NOW).addCollections("todos")
                .setCollectionPermission("todos", Permission.PRIVATE).addFunctionRoot(functions())
                .build());
        mp = env.miniProgram(app(), ALICE);
    }

    @AfterEach
    void close() {
        if (env != null) {
            env.close();
        }
    }

    /** Adds a todo as {@code owner} would from their phone. */
    String todo(WxContext owner, String title) {
        return (String) env.client(owner).database().collection("todos").add(Map.of("title", title, "done", false))
                .id();
    }
}
