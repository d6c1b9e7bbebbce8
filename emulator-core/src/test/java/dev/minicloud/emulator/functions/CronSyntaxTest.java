package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seven-field cron syntax of SCF timer triggers, read in Beijing time; weekday 0 is Sunday. */
class CronSyntaxTest {
    @TempDir
    Path root;

    private String next(String cron) throws IOException {
        Path fn = Files.createDirectories(root.resolve("job"));
        Files.writeString(fn.resolve("index.js"), "exports.main = async () => 1;");
        Files.writeString(fn.resolve("config.json"),
                "{\"triggers\":[{\"name\":\"t\",\"type\":\"timer\",\"config\":\"" + cron + "\"}]}");
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addFunctionRoot(root)
                .setStartTime(TimerTriggersTest.NOW).build())) {
            return String.valueOf(env.functions().triggers().get(0).next());
        }
    }

    /** From Sunday 2024-03-17 10:20:30 in Beijing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 0 2 * * * *           | 2024-03-17T18:00:00Z",
        "*/15 * * * * * *        | 2024-03-17T02:20:45Z",
        "0 0 9 * * MON *         | 2024-03-18T01:00:00Z",
        "0 0 9 * * 1 *           | 2024-03-18T01:00:00Z",
        "0 0 9 ? * 0 *           | 2024-03-24T01:00:00Z",
        "0 0 12 L * ? *          | 2024-03-31T04:00:00Z",
        "0 0 0 1 jan * 2025      | 2024-12-31T16:00:00Z",
        "0 30 10-12/2 * * * *    | 2024-03-17T02:30:00Z",
        "0 0 8 1 * FRI *         | 2024-03-22T00:00:00Z",
        "0 5/20 * * * * *        | 2024-03-17T02:25:00Z",
        "0 0 0 29 2 * *          | 2028-02-28T16:00:00Z",
        "0 0 0 * * * 2020        | null",
    })
    void a_cron_expression_fires_when_the_platform_would(String cron, String expected) throws IOException {
        assertThat(next(cron)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 0 2 * * *             | a cron expression has seven fields (second minute hour day month weekday year),"
                + " this one has 6",
        "0 0 2 * * 7 *           | the weekday 7 is outside 0-6",
        "0 60 * * * * *          | the minute 60 is outside 0-59",
        "0 0 2 1W * ? *          | '1W' is not a valid day (use numbers, names, ',', '-', '*' and '/', '?' or 'L')",
        "0 0 2 * * MON#2 *       | 'MON#2' is not a valid weekday (use numbers, names, ',', '-', '*' and '/' or '?')",
        "0 0 5-2 * * * *         | the hour range '5-2' ends before it starts",
        "0 0 2 * * * 2100        | the year 2100 is outside 1970-2099",
    })
    void an_invalid_expression_is_refused_with_the_field_at_fault(String cron, String message) {
        assertThatThrownBy(() -> next(cron)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function 'job': config.json: trigger 't' has an invalid cron expression '" + cron + "': "
                        + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"name\":\"a\",\"type\":\"timer\",\"config\":\"0 0 2 * * * *\"},{\"name\":\"b\",\"type\":\"timer\","
                + "\"config\":\"0 0 3 * * * *\"}] | only one trigger per function is supported, this config.json"
                + " declares 2",
        "[{\"name\":\"1st\",\"type\":\"timer\",\"config\":\"0 0 2 * * * *\"}] | trigger name '1st' must start with a"
                + " letter and have at most 60 letters, digits, '-' and '_'",
        "[{\"name\":\"a\",\"type\":\"cos\",\"config\":\"x\"}] | trigger 'a' has type 'cos'; only 'timer' is supported",
    })
    void a_trigger_the_developer_tools_would_refuse_fails_the_start(String triggers, String message)
            throws IOException {
        Path fn = Files.createDirectories(root.resolve("job"));
        Files.writeString(fn.resolve("index.js"), "exports.main = async () => 1;");
        Files.writeString(fn.resolve("config.json"), "{\"triggers\":" + triggers + "}");
        EmulatorConfiguration config = EmulatorConfiguration.builder().addFunctionRoot(root).build();
        assertThatThrownBy(() -> CloudEmulator.newEnvironment(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function 'job': config.json: " + message);
    }
}
