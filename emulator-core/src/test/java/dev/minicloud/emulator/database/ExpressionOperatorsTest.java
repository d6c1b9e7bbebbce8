package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * every expression operator family, case by case, from the files in {@code expressions/} beside
 * this test. Each case projects one expression over one document: {@code {name, doc?, expr, result | missing |
 * error}}, where {@code error} is the MongoDB message after {@code collection.aggregate:fail -502001 database
 * request fail. }.
 */
class ExpressionOperatorsTest {
    private static final List<String> FAMILIES = List.of("arithmetic", "array", "logic", "object-and-set", "string",
            "date", "type", "accumulators");

    static Stream<Arguments> cases() {
        return FAMILIES.stream().flatMap(family -> load(family).stream()
                .map(c -> Arguments.of(family + ": " + c.get("name"), c)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(String family) {
        String resource = "expressions/" + family + ".json";
        try (InputStream in = ExpressionOperatorsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test data " + resource);
            }
            return (List<Map<String, Object>>) (List<?>) Json.parseArray(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void expression_evaluates_as_in_mongodb(String name, Map<String, Object> testCase) {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollection("c").build())) {
            Database db = env.database();
            db.collection("c").add((Map<String, Object>) testCase.getOrDefault("doc", Map.of()));
            Map<String, Object> projection = new LinkedHashMap<>();
            projection.put("_id", 0);
            projection.put("r", testCase.get("expr"));
            Aggregate pipeline = db.collection("c").aggregate().project(projection);
            if (testCase.containsKey("error")) {
                assertThatThrownBy(pipeline::end).isInstanceOfSatisfying(CloudException.class, e -> assertThat(
                        e.errMsg()).isEqualTo("collection.aggregate:fail -502001 database request fail. "
                                + testCase.get("error")));
                return;
            }
            Map<String, Object> out = pipeline.end().list().get(0);
            if (Boolean.TRUE.equals(testCase.get("missing"))) {
                assertThat(out).doesNotContainKey("r");
            } else {
                assertThat(out).containsKey("r");
                assertThat(out.get("r")).isEqualTo(testCase.get("result"));
            }
        }
    }
}
