package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --help} is complete: every option, command and shell command, on stdout, with exit code 0. */
class HelpTest {
    private static final Path HERE = Path.of(".");

    private static String help(String... args) {
        CliRun run = CliRun.run(HERE, args);
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
        return run.stdout();
    }

    @Test
    void the_help_names_every_command_option_and_exit_code() {
        String help = help("--help");

        assertThat(help).contains("minicloud call <function>", "minicloud shell", "minicloud help", "Exit codes:",
                "  0  ", "  1  ", "  2  ", "Examples:");
        for (Option option : Option.values()) {
            assertThat(help).contains(option.flag() + option.valueName().map(v -> " " + v).orElse(""));
        }
        assertThat(help("-h")).isEqualTo(help).isEqualTo(help("help"));
    }

    @Test
    void each_command_has_its_own_help() {
        String call = help("call", "--help");
        assertThat(call).startsWith("Usage: minicloud call").contains("--event JSON|@FILE", "--data-dir DIR",
                "errorStack");
        assertThat(help("help", "call")).isEqualTo(call);

        String shell = help("shell", "--help");
        assertThat(shell).startsWith("Usage: minicloud shell").contains("--openid ID").doesNotContain("--event");
        for (Shell.Command command : Shell.COMMANDS) {
            assertThat(shell).contains(command.usage());
        }
    }

    @Test
    void help_lines_fit_in_a_terminal() {
        for (String help : new String[] {help("--help"), help("help", "call"), help("help", "shell")}) {
            assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        }
    }

    @Test
    void help_for_an_unknown_command_is_a_usage_error() {
        CliRun run = CliRun.run(HERE, "help", "deploy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .startsWith("minicloud: no help for 'deploy': the commands are call, shell and serve\n");
    }
}
