package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many environments invoking functions on many threads at once give the same results as one at a time. */
class ConcurrentCallsTest extends FunctionsTest {

    @Test
    void parallel_calls_across_environments_and_threads_give_sequential_results() throws Exception {
        int environments = 3;
        int threadsPerEnvironment = 3;
        int callsPerThread = 25;
        List<CloudEnvironment> envs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(environments * threadsPerEnvironment);
        try {
            List<Callable<List<Object>>> tasks = new ArrayList<>();
            for (int e = 0; e < environments; e++) {
                CloudEnvironment shared = CloudEmulator.newEnvironment(configuration().build());
                envs.add(shared);
                for (int t = 0; t < threadsPerEnvironment; t++) {
                    String user = "o_user" + t;
                    tasks.add(() -> {
                        List<Object> seen = new ArrayList<>();
                        for (int i = 0; i < callsPerThread; i++) {
                            FunctionResult add = shared.functions().call("todo",
                                    Map.of("action", "add", "title", "t" + i), WxContext.ofOpenId(user));
                            assertThat(add.succeeded()).as(add.errMsg()).isTrue();
                            Map<String, Object> list = map(shared.functions().call("todo",
                                    Map.of("action", "list"), WxContext.ofOpenId(user)).result());
                            seen.add(list.get("total"));
                            seen.add(shared.functions().call("lodashy", Map.of("orders", List.of(Map.of("id", "x",
                                    "city", user, "amount", i)))).result());
                        }
                        return seen;
                    });
                }
            }
            List<Future<List<Object>>> results = pool.invokeAll(tasks);
            for (int task = 0; task < results.size(); task++) {
                String user = "o_user" + (task % threadsPerEnvironment);
                List<Object> seen = results.get(task).get();
                for (int i = 0; i < callsPerThread; i++) {
                    assertThat(seen.get(2 * i)).isEqualTo(i + 1);
                    assertThat(map(seen.get(2 * i + 1)).get("totals")).isEqualTo(Map.of(user, i));
                }
            }
            for (CloudEnvironment e : envs) {
                assertThat(e.database().collection("todos").count().total())
                        .isEqualTo((long) threadsPerEnvironment * callsPerThread);
            }
        } finally {
            pool.shutdown();
            envs.forEach(CloudEnvironment::close);
        }
    }
}
