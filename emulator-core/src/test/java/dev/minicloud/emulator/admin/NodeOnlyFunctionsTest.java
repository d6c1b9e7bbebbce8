package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function only real Node runs: the real npm package jsonwebtoken 9 in the function's own {@code node_modules},
 * with Node's crypto key objects and Buffer. It passes under {@link FunctionRuntime#NODE}; under
 * {@link FunctionRuntime#RHINO} it fails while loading, with a message that names the runtime option.
 */
class NodeOnlyFunctionsTest {
    @TempDir
    static Path functions;

    @BeforeAll
    static void deploy() throws IOException {
        OfficialSdk.assumeInstalled();
        Path fn = Files.createDirectories(functions.resolve("nodesigned"));
        Files.copy(OfficialSdk.FOLDER.resolve("vendored/nodesigned/index.js"), fn.resolve("index.js"));
        OfficialSdk.installPackage("jsonwebtoken", fn);
    }

    private static FunctionResult call(FunctionRuntime runtime) {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addFunctionRoot(functions).setFunctionRuntime(runtime).build())) {
            return env.functions().call("nodesigned", Map.of("user", "o_alice", "secret", "s3cret"));
        }
    }

    @Test
    void jsonwebtoken_with_node_key_objects_signs_under_node() throws Exception {
        FunctionResult r = call(FunctionRuntime.NODE);
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signed = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString("{\"sub\":\"o_alice\"}".getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String token = signed + "." + b64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.result()).isEqualTo(Map.of("token", token, "payload", Map.of("sub", "o_alice"),
                "header", Map.of("alg", "HS256", "typ", "JWT")));
    }

    @Test
    void under_rhino_the_same_function_fails_naming_the_node_runtime() {
        FunctionResult r = call(FunctionRuntime.RHINO);
        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg()).isEqualTo("callFunction:fail -504002 functions execute fail. Error: MiniCloud:"
                + " crypto.KeyObject is not available in Rhino, whose crypto has hashes, HMAC, random values, AES and"
                + " RSA signatures but no key objects. Run the function in real Node: FunctionRuntime.NODE"
                + " (config.json \"runtime\": \"node\", or --runtime node).");
        assertThat(r.errorStack()).contains("node_modules/jsonwebtoken/");
    }
}
