package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Node built-ins cloud code uses give Node's answers (expected values were printed by Node 20). */
class NodeBuiltinsTest extends FunctionsTest {

    @Test
    void crypto_buffer_path_util_events_fs_querystring_and_text_encoding_match_node() {
        FunctionResult r = call("builtins", Map.of());
        assertThat(r.errMsg()).isEqualTo("callFunction:ok");
        Map<String, Object> result = map(r.result());
        assertThat(result).containsEntry("md5", "5d41402abc4b2a76b9719d911017c592")
                .containsEntry("sha256", "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=")
                .containsEntry("hmac", "6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a")
                .containsEntry("uuid", true)
                .containsEntry("random", 16)
                .containsEntry("decrypted", "secret message")
                .containsEntry("buffer", "aMOpbGxvIHfDtnJsZA==")
                .containsEntry("hex", "0102ff")
                .containsEntry("concat", "abcd")
                .containsEntry("json", "{\"type\":\"Buffer\",\"data\":[104,105]}")
                .containsEntry("path", List.of("/a/c/d.js", "y", ".gz", "/var/user/rel"))
                .containsEntry("format", "cart has 3 items: {\"a\":1}")
                .containsEntry("inspect", "{ a: [ 1, { b: 'x' } ] }")
                .containsEntry("heard", List.of(1, "once 1", 2))
                .containsEntry("dirname", "/var/user")
                .containsEntry("filename", "/var/user/index.js")
                .containsEntry("pkg", "sample")
                .containsEntry("exists", List.of(true, false))
                .containsEntry("qs", "a=1&b=x&b=y")
                .containsEntry("text", "文字");
    }

    @Test
    void process_is_tagged_as_node_tags_it_so_an_axios_style_probe_picks_the_http_adapter() {
        FunctionResult r = call("node-probes", Map.of());
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        Map<String, Object> result = map(r.result());
        assertThat(result).containsEntry("processTag", "[object process]")
                .containsEntry("globalTag", "[object global]")
                .containsEntry("processKeysHaveTag", false)
                .containsEntry("platform", "linux")
                .containsEntry("isBuffer", List.of(true, false, false))
                .containsEntry("global", true)
                .containsEntry("types", List.of("function", "function", "function", "undefined", "undefined",
                        "undefined"));
        assertThat(result).containsEntry("request", "sent");
        assertThat(map(result.get("versions"))).containsEntry("node", "16.13.0").containsEntry("modules", "93")
                .containsKeys("v8", "uv", "zlib", "openssl", "napi", "icu", "unicode");
        assertThat(map(result.get("release"))).containsEntry("name", "node").containsEntry("lts", "Gallium")
                .containsKeys("sourceUrl", "headersUrl");
    }
}
