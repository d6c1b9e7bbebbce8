package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A function written with {@code import}/{@code export} runs through the one module route mini-programs use. */
class EsModuleFunctionTest {
    @Test
    void a_function_written_as_an_es_module_exports_main_and_imports_the_sdk() throws URISyntaxException {
        Path root = Path.of(EsModuleFunctionTest.class.getResource("esm-fns").toURI());
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addFunctionRoot(root).build())) {
            FunctionResult r = env.functions().call("greet", Map.of("name", "mei"), WxContext.ofOpenId("o_mei"));

            assertThat(r.succeeded()).as(r.errMsg()).isTrue();
            assertThat(r.result()).isEqualTo(Map.of("greeting", "HELLO MEI!", "openid", "o_mei"));
        }
    }
}
