package dev.minicloud.samples;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.junit5.CallerIdentity;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, databaseFixtures = MiniShop.DATABASE, startTime = MiniShop.NOW,
        appId = "wx5a1b2c3d4e5f6a7b")
class LoginTest {

    @Test
    @CallerIdentity(openId = "o_carol", unionId = "u_carol")
    void a_first_login_creates_the_profile(Functions functions, Database db) {
        FunctionResult r = functions.call("login", Map.of("nickName", "Carol"));
        assertThat(r).succeeded()
                .hasResultField("openid", "o_carol")
                .hasResultField("appid", "wx5a1b2c3d4e5f6a7b")
                .hasResultField("unionid", "u_carol")
                .hasResultField("isNew", true)
                .hasResultField("user.nickName", "Carol")
                .hasLogContaining("login o_carol (new user)");
        assertThat(db.collection("users").doc("o_carol")).hasField("createdAt", Instant.parse(MiniShop.NOW));
    }

    @Test
    @CallerIdentity(openId = "o_alice")
    void a_returning_user_gets_the_stored_profile_and_the_login_is_counted(Functions functions, Database db,
            VirtualClock clock) {
        clock.advance(Duration.ofHours(3));
        assertThat(functions.call("login", Map.of())).hasResultField("isNew", false)
                .hasResultField("user.nickName", "Alice").hasResultField("user.logins", 13);
        assertThat(db.collection("users").doc("o_alice"))
                .hasField("lastLoginAt", Instant.parse(MiniShop.NOW).plus(Duration.ofHours(3)));
    }

    @Test
    void login_refuses_calls_that_do_not_come_from_the_mini_program(Functions functions) {
        assertThat(functions.asServer().call("login", Map.of()))
                .failedWithErrCode(-504002)
                .failedWithMessageContaining("login must be called from the mini-program");
    }
}
