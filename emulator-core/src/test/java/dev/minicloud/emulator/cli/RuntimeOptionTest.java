package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.admin.OfficialSdk;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --runtime}: which engine runs the functions whose config.json names none. */
class RuntimeOptionTest {
    private static final Path HERE = CliRun.project().getParent();

    @Test
    void runtime_node_runs_the_functions_in_node() {
        OfficialSdk.assumeInstalled();
        CliRun run = CliRun.run(HERE, "call", "nodeonly", "--functions", OfficialSdk.FOLDER.resolve("functions")
                .toString(), "--runtime", "node", "--event", "{\"text\": \"cli\"}", "--quiet");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(((Map<?, ?>) run.json().get("result")).get("unpacked")).isEqualTo("cli");
    }

    @Test
    void an_unknown_runtime_is_a_usage_error_naming_the_choices() {
        CliRun run = CliRun.run(HERE, "call", "whoami", "--project", "project", "--runtime", "java");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--runtime").contains("use rhino or node");
    }
}
