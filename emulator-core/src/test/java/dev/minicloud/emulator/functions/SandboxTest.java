package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Function code never reaches Java, the host disk or the network, and never changes another environment. */
class SandboxTest extends FunctionsTest {

    @Test
    void java_classes_the_host_disk_and_the_network_are_out_of_reach() {
        Map<String, Object> r = map(call("sandbox", Map.of()).result());
        assertThat(r.get("java")).isEqualTo("refused: ReferenceError");
        assertThat(r.get("packages")).isEqualTo("refused: ReferenceError");
        assertThat(r.get("getClass")).isEqualTo("refused: ReferenceError");
        assertThat(r.get("importPackage")).isEqualTo("refused: ReferenceError");
        assertThat(r.get("javaImporter")).isEqualTo("refused: ReferenceError");
        assertThat(r.get("http")).isEqualTo("refused: Error");
        assertThat(r.get("childProcess")).isEqualTo("refused: Error");
        assertThat(r.get("fsOutside")).isEqualTo("refused: Error");
        assertThat(r.get("fsEscape")).isEqualTo("refused: Error");
        assertThat(r.get("fsWrite")).isEqualTo("refused: Error");
        assertThat(r.get("requireEscape")).isEqualTo("refused: Error");
        assertThat(r.get("missing")).isEqualTo("refused: Error");
    }

    @Test
    void an_offline_module_error_names_the_module() {
        Map<String, Object> r = map(call("sandbox", Map.of("mode", "offline")).result());
        assertThat(map(r.get("net"))).containsEntry("name", "Error").containsEntry("code", "ERR_MINICLOUD_OFFLINE")
                .hasEntrySatisfying("message", m -> assertThat((String) m)
                        .startsWith("MiniCloud: module 'net' is not available offline"));
        assertThat(map(r.get("childProcess"))).containsEntry("code", "ERR_MINICLOUD_OFFLINE")
                .hasEntrySatisfying("message", m -> assertThat((String) m)
                        .startsWith("MiniCloud: module 'child_process' is not available offline"));
    }

    @Test
    void built_ins_a_function_changes_stay_in_its_instance_and_other_environments_see_them_intact() {
        Map<String, Object> attempts = map(call("sandbox", Map.of("mode", "pollute")).result());
        // Each instance has built-ins of its own, which it may change as in its own Node process.
        assertThat(attempts).allSatisfy((name, outcome) -> assertThat((String) outcome).as(name).startsWith("allowed"));
        Map<String, Object> own = map(call("sandbox", Map.of("mode", "check")).result());
        assertThat(own).containsEntry("push", "hacked").containsEntry("max", 3).containsEntry("evil", true)
                .containsEntry("leaked", "number");
        try (CloudEnvironment other = CloudEmulator.newEnvironment(configuration().build())) {
            Map<String, Object> seen = map(other.functions().call("sandbox", Map.of("mode", "check")).result());
            assertThat(seen).containsEntry("push", 2).containsEntry("max", 2).containsEntry("leaked", "undefined");
            assertThat(seen.get("evil")).isNull();
        }
    }

    @Test
    void globals_of_one_environment_are_invisible_to_another_running_in_parallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CloudEnvironment> envs = new ArrayList<>();
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CloudEnvironment e = CloudEmulator.newEnvironment(configuration().build());
                envs.add(e);
                String mine = "env-" + i;
                tasks.add(() -> {
                    Object first = e.functions().call("sandbox", Map.of("mode", "global", "set", mine)).result();
                    Object later = e.functions().call("sandbox", Map.of("mode", "global")).result();
                    return List.of(first, later);
                });
            }
            List<Future<Object>> results = pool.invokeAll(tasks);
            for (int i = 0; i < 4; i++) {
                Map<String, Object> expected = Map.of("sharedName", "env-" + i, "other", "env-" + i);
                assertThat(results.get(i).get()).isEqualTo(List.of(expected, expected));
            }
        } finally {
            pool.shutdown();
            envs.forEach(CloudEnvironment::close);
        }
    }
}
