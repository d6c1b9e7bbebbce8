package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh environment per test whose function root is the {@code fns} folder beside these tests. */
abstract class FunctionsTest {
    static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");

    CloudEnvironment env;

    static Path functionRoot() {
        try {
            return Path.of(FunctionsTest.class.getResource("fns").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    EmulatorConfiguration.Builder configuration() {
        return EmulatorConfiguration.builder()
                .setEnvId("test-1a2b")
                .addFunctionRoot(functionRoot())
                .addCollections("todos")
                .setStartTime(NOW);
    }

    @BeforeEach
    void startEnvironment() {
        env = CloudEmulator.newEnvironment(configuration().build());
    }

    @AfterEach
    void closeEnvironment() {
        env.close();
    }

    FunctionResult call(String name, Map<String, ?> event) {
        return env.functions().call(name, event);
    }

    /** Runs the scenario {@code {case: scenario}} of a fixture function, which must succeed; its result. */
    Map<String, Object> runCase(String name, String scenario) {
        FunctionResult r = call(name, Map.of("case", scenario));
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        return map(r.result());
    }

    FunctionResult callAs(String openId, String name, Map<String, ?> event) {
        return env.functions().call(name, event, WxContext.ofOpenId(openId));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object result) {
        return (Map<String, Object>) result;
    }
}
