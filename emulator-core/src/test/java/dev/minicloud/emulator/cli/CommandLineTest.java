package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How arguments split into words and options. */
class CommandLineTest {
    @Test
    void options_may_come_anywhere_with_their_value_after_a_space_or_an_equals_sign() {
        CommandLine line = CommandLine.parse("--quiet", "call", "--env=dev", "todos", "--event", "{\"a\": 1}");

        assertThat(line.words()).containsExactly("call", "todos");
        assertThat(line.command()).contains("call");
        assertThat(line.has(Option.QUIET)).isTrue();
        assertThat(line.value(Option.ENV)).contains("dev");
        assertThat(line.value(Option.EVENT)).contains("{\"a\": 1}");
        assertThat(line.value(Option.OPENID)).isEmpty();
    }

    @Test
    void repeatable_options_keep_every_value_in_order() {
        CommandLine line = CommandLine.parse("shell", "--functions", "a", "--env-var", "A=1", "--functions=b");

        assertThat(line.values(Option.FUNCTIONS)).containsExactly("a", "b");
        assertThat(line.values(Option.ENV_VAR)).containsExactly("A=1");
    }

    @Test
    void a_double_dash_ends_the_options() {
        assertThat(CommandLine.parse("call", "--", "--odd-name").words()).isEqualTo(List.of("call", "--odd-name"));
    }
}
