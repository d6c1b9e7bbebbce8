package dev.minicloud.emulator.client;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.WxContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;

/** An environment with a {@code todos} collection and the clients of alice, bob and a user not logged in. */
abstract class ClientTestSupport {
    static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");

    CloudEnvironment env;
    CloudClient alice;
    CloudClient bob;
    CloudClient nobody;

    void start(EmulatorConfiguration.Builder config) {
        env = CloudEmulator.newEnvironment(config.setStartTime(NOW).addCollections("todos").build());
        alice = env.client(WxContext.ofOpenId("o_alice"));
        bob = env.client(WxContext.ofOpenId("o_bob"));
        nobody = env.client(WxContext.builder().build());
    }

    @AfterEach
    void close() {
        if (env != null) {
            env.close();
        }
    }

    /** Stores documents as an admin would (no {@code _openid} unless given). */
    @SafeVarargs
    final void seed(Map<String, Object>... docs) {
        for (Map<String, Object> d : docs) {
            env.database().collection("todos").add(d);
        }
    }

    static Map<String, Object> doc(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static CloudException error(ThrowingCallable call) {
        try {
            call.call();
        } catch (CloudException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a CloudException, got " + t, t);
        }
        throw new AssertionError("expected a CloudException, nothing was thrown");
    }
}
