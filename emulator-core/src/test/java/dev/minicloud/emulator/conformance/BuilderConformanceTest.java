package dev.minicloud.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.EnvironmentSnapshot;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.miniprogram.MiniModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query builder's rules (chaining, the condition rewrite, command and update encoding, the synchronous errors),
 * written once in {@code builder-cases.json} and run through both façades of the one builder: {@code wx-server-sdk}
 * in a cloud function and {@code wx.cloud} in a mini-program. Each case must give its expected answer from both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuilderConformanceTest {
    private static final String BASE = "/dev/minicloud/emulator/conformance/";
    /** The owner of every seeded document, so the client's PRIVATE mode lets the page read and write them all. */
    private static final WxContext READER = WxContext.ofOpenId("o_reader");

    private CloudEnvironment env;
    private EnvironmentSnapshot seeded;
    private MiniModule client;

    @BeforeAll
    void start() throws URISyntaxException {
        Path functions = Path.of(BuilderConformanceTest.class.getResource(BASE + "fns").toURI());
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addFunctionRoot(functions)
                .addDatabaseSeed(DatabaseSnapshot.fromClasspath(BASE.substring(1) + "db"))
                .setCollectionPermission("passages", Permission.PRIVATE).build());
        seeded = env.snapshot();
        client = env.miniProgram(functions.resolve("builder"), READER).require("chain.js");
    }

    @AfterAll
    void stop() {
        env.close();
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = BuilderConformanceTest.class.getResourceAsStream(BASE + "builder-cases.json")) {
            List<?> cases = (List<?>) JsonCodec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), false,
                    false);
            return cases.stream().map(c -> Arguments.of(((Map<?, ?>) c).get("name"), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void both_facades_give_the_cases_answer(String name, Map<String, Object> c) {
        Object expected = c.get("expect");

        env.restore(seeded);
        FunctionResult server = env.functions().call("builder", Map.of("case", c), READER);
        env.restore(seeded);
        Object page = client.call("run", "client", c);

        assertThat(server.succeeded()).as(server.errMsg()).isTrue();
        assertThat(server.result()).as("wx-server-sdk").isEqualTo(expected);
        assertThat(page).as("wx.cloud").isEqualTo(expected);
    }
}
