package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension built in code, for configurations beyond the annotation's attributes. */
class ProgrammaticRegistrationTest {
    @RegisterExtension
    static final CloudEmulatorExtension CLOUD = CloudEmulatorExtension.builder()
            .configuration(EmulatorConfiguration.builder().setEnvId("prod-1a2b")
                    .setFunctionTimeout(Duration.ofSeconds(20)).setStartTime(Instant.parse(Fixtures.START)).build())
            .functions(Fixtures.FUNCTIONS)
            .databaseFixtures(Fixtures.DATABASE)
            .caller(WxContext.ofOpenId("o_bob"))
            .build();

    @Test
    void the_builder_s_configuration_fixtures_and_caller_apply(Functions functions, Database db, VirtualClock clock) {
        assertThat(functions.call("todos", Map.of("action", "mine"))).hasResult(java.util.List.of("call mum"));
        assertThat(db.collection("users")).hasSize(2);
        assertThat(clock.instant()).isEqualTo(Instant.parse(Fixtures.START));
        assertThat(functions.call("later", Map.of("ms", 10_000))).as("the 20 s timeout").succeeded();
    }

    @Test
    @CallerIdentity(openId = "o_alice")
    void caller_identity_still_overrides_the_builder_s_caller(Functions functions) {
        assertThat(functions.call("todos", Map.of())).hasResultField("who", "o_alice");
    }
}
