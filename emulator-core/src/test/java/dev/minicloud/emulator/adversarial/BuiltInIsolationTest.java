package dev.minicloud.emulator.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each function instance has built-ins of its own, as each function has its own Node process on the platform: it may
 * change them, and nothing it changes is seen by another function of its environment, by another instance of the
 * same function running at the same time, by an environment that exists while it runs, or by one created later.
 *
 * <p>The {@code attacker} function makes one change per test and checks, in its own realm, that the change took
 * (so every test would fail if the attack were refused or had no effect), then calls itself: being busy, it is served
 * by a second instance, which reports what it sees. {@code bystander} runs the same checks in a clean realm.
 */
class BuiltInIsolationTest {
    @TempDir
    static Path functions;

    @BeforeAll
    static void writeFunctions() throws IOException, URISyntaxException {
        Path fixtures = Path.of(BuiltInIsolationTest.class.getResource("builtins").toURI());
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = functions.resolve(fixtures.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        try (Stream<Path> dirs = Files.list(functions)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                if (Files.isDirectory(dir)) {
                    Files.copy(fixtures.resolve("checks.js"), dir.resolve("checks.js"));
                }
            }
        }
    }

    private static CloudEnvironment newEnvironment() {
        // A generous limit: the first call transpiles the fixtures, on a machine that may be busy.
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addFunctionRoot(functions)
                .setFunctionTimeout(Duration.ofSeconds(60)).build());
    }

    private static Map<String, Object> result(FunctionResult r) {
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) r.result();
        return map;
    }

    private static Object anomalies(CloudEnvironment env, String function) {
        return result(env.functions().call(function, Map.of("mode", "check"))).get("anomalies");
    }

    /** Runs {@code attack} and checks that its {@code effects} show in the attacker's instance and nowhere else. */
    private static void assertStaysInItsInstance(String attack, String... effects) {
        try (CloudEnvironment existing = newEnvironment()) {
            assertThat(anomalies(existing, "bystander")).as("a clean realm").isEqualTo(List.of());
            try (CloudEnvironment attacked = newEnvironment()) {
                Map<String, Object> r = result(attacked.functions().call("attacker", Map.of("attack", attack)));
                assertThat(r.get("own")).as("the attacker's own realm").isEqualTo(List.of(effects));
                assertThat(r.get("otherInstance")).as("a concurrent instance of the same function")
                        .isEqualTo(List.of());
                assertThat(anomalies(attacked, "bystander")).as("another function of the same environment")
                        .isEqualTo(List.of());
                assertThat(anomalies(existing, "bystander")).as("an environment existing at the time")
                        .isEqualTo(List.of());
                assertThat(anomalies(attacked, "attacker")).as("the attacker's instance, on its next call")
                        .isEqualTo(List.of(effects));
            }
            try (CloudEnvironment later = newEnvironment()) {
                assertThat(anomalies(later, "bystander")).as("an environment created later").isEqualTo(List.of());
                assertThat(anomalies(later, "attacker")).as("the attacker, in an environment created later")
                        .isEqualTo(List.of());
            }
        }
    }

    @Test
    void assigning_Array_prototype___proto___stays_in_its_instance() {
        assertStaysInItsInstance("arrayProtoAssignment", "Array.prototype.__proto__");
    }

    @Test
    void assigning_Number_prototype___proto___stays_in_its_instance() {
        assertStaysInItsInstance("numberProtoAssignment", "Number.prototype.__proto__");
    }

    @Test
    void calling_the___proto___setter_on_RegExp_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("protoSetterCalledOnRegExpPrototype", "RegExp.prototype.__proto__");
    }

    @Test
    void Object_setPrototypeOf_on_a_built_in_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("objectSetPrototypeOf", "String.prototype.__proto__");
    }

    @Test
    void Reflect_setPrototypeOf_on_a_built_in_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("reflectSetPrototypeOf", "Boolean.prototype.__proto__");
    }

    @Test
    void a_getter_defined_with___defineGetter___on_Object_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("defineGetter", "Object.prototype");
    }

    @Test
    void a_setter_defined_with___defineSetter___on_Object_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("defineSetter", "Object.prototype setter");
    }

    @Test
    void a_built_in_accessor_found_with___lookupGetter___and_replaced_stays_in_its_instance() {
        assertStaysInItsInstance("lookupGetterOfBuiltInAccessor", "Map.prototype.size");
    }

    @Test
    void Object_prototype_reached_through_the___proto___getter_stays_in_its_instance() {
        assertStaysInItsInstance("protoGetterWalk", "Object.prototype");
    }

    @Test
    void jscomp_defineProperty_on_Object_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("jscompDefineProperty", "Object.prototype");
    }

    @Test
    void a_jscomp_polyfill_stays_in_its_instance() {
        assertStaysInItsInstance("jscompPolyfill", "Array.prototype extension");
    }

    @Test
    void replacing_jscomp_helpers_stays_in_its_instance() {
        assertStaysInItsInstance("jscompHelpers", "$jscomp");
    }

    @Test
    void replacing_Array_prototype_push_stays_in_its_instance() {
        assertStaysInItsInstance("arrayPushReplaced", "Array.prototype.push");
    }

    @Test
    void polluting_Object_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("objectPrototypePollution", "Object.prototype");
    }

    @Test
    void replacing_JSON_parse_and_JSON_stringify_stays_in_its_instance() {
        assertStaysInItsInstance("jsonReplaced", "JSON.parse", "JSON.stringify");
    }

    @Test
    void changing_Function_prototype_stays_in_its_instance() {
        assertStaysInItsInstance("functionPrototypeChanged", "Function.prototype");
    }

    @Test
    void changing_Error_stays_in_its_instance() {
        assertStaysInItsInstance("errorChanged", "Error");
    }

    @Test
    void changing_Promise_stays_in_its_instance() {
        assertStaysInItsInstance("promiseChanged", "Promise");
    }

    @Test
    void changing_the_Node_globals_stays_in_its_instance() {
        assertStaysInItsInstance("nodeGlobalsChanged", "Node globals");
    }

    @Test
    void a_global_written_through_the_constructor_chain_stays_in_its_instance() {
        assertStaysInItsInstance("globalThroughConstructorChain", "globals");
    }

    @Test
    void packages_that_extend_built_ins_load_and_their_changes_stay_in_their_instance() {
        try (CloudEnvironment existing = newEnvironment(); CloudEnvironment env = newEnvironment()) {
            assertThat(anomalies(existing, "bystander")).isEqualTo(List.of());
            Map<String, Object> r = result(env.functions().call("bluebirdy", Map.of("nested", true)));
            Map<String, Object> expected = Map.of("registryWritable", false, "registryConfigurable", false,
                    "timeout", "TimeoutError: too slow", "isError", true, "unique", List.of(1, 2, 3),
                    "uniqueEnumerable", List.of());
            assertThat(r.get("own")).isEqualTo(expected);
            assertThat(r.get("otherInstance")).as("a second instance defines the same non-configurable property")
                    .isEqualTo(expected);
            assertThat(result(env.functions().call("bluebirdy", Map.of())).get("own")).isEqualTo(expected);
            assertThat(anomalies(env, "bystander")).isEqualTo(List.of());
            assertThat(anomalies(existing, "bystander")).isEqualTo(List.of());
        }
        try (CloudEnvironment later = newEnvironment()) {
            assertThat(anomalies(later, "bystander")).isEqualTo(List.of());
        }
    }

    @Test
    void host_objects_given_to_function_code_lead_neither_to_Java_nor_to_another_instance() {
        try (CloudEnvironment env = newEnvironment()) {
            Map<String, Object> r = result(env.functions().call("hostobjects", Map.of()));
            assertThat(r.get("leaks")).as("in the instance that marked them").isEqualTo(Map.of());
            assertThat(r.get("otherInstance")).as("a concurrent instance")
                    .isEqualTo(Map.of("leaks", Map.of(), "marked", List.of()));
            @SuppressWarnings("unchecked")
            List<Object> marked = (List<Object>) result(env.functions().call("hostobjects", Map.of("mode", "check")))
                    .get("marked");
            assertThat(marked).as("the marking instance keeps its marks").contains("require", "console", "cloud");
        }
    }
}
