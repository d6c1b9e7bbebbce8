package dev.minicloud.emulator.internal.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JavaScript probes of the shared conformance suite (copied beside this test), each run as a cloud function
 * module with Node's {@code TZ=Asia/Shanghai}, compared string for string with what Node 20 printed. A probe either
 * matches Node or is listed, with the reason, in {@code known-differences.properties} (and in
 * docs/functions.md); the test fails when an unlisted probe differs, and when a listed one starts matching,
 * so the list stays true.
 */
class ConformanceProbesTest {

    @Test
    void every_probe_matches_node_or_is_a_documented_difference(@TempDir Path functions) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> snippets = new LinkedHashMap<>();
        load("features.js", "expected.json", snippets, expected);
        load("probe.js", "probe-expected.json", snippets, expected);
        for (Map.Entry<String, String> s : snippets.entrySet()) {
            Path dir = Files.createDirectories(functions.resolve(s.getKey()));
            Files.writeString(dir.resolve("index.js"), harness(s.getValue()));
        }
        Properties known = new Properties();
        try (InputStream in = getClass().getResourceAsStream("conformance/known-differences.properties")) {
            known.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }

        Map<String, String> unexpected = new TreeMap<>();
        Map<String, String> nowMatching = new TreeMap<>();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addFunctionRoot(functions).putFunctionEnvironment("TZ", "Asia/Shanghai").build())) {
            for (String name : snippets.keySet()) {
                FunctionResult r = env.functions().call(name, Map.of());
                String actual = r.succeeded() ? String.valueOf(r.result()) : "<failed> " + r.errMsg();
                boolean matches = actual.equals(expected.get(name));
                if (!matches && !known.containsKey(name)) {
                    unexpected.put(name, "expected <" + expected.get(name) + "> but was <" + actual + ">");
                }
                if (matches && known.containsKey(name)) {
                    nowMatching.put(name, actual);
                }
            }
        }
        assertThat(unexpected).as("probes that differ from Node and are not documented").isEmpty();
        assertThat(nowMatching).as("documented differences that now match Node: remove them from the list").isEmpty();
        assertThat(snippets).hasSize(166);
    }

    /** The probe runs as module code; {@code report(value)} resolves what {@code main} returns. */
    private static String harness(String snippet) {
        return "let __resolve;\nconst __done = new Promise((r) => { __resolve = r; });\n"
                + "function report(value) { __resolve(String(value)); }\n"
                + "exports.main = () => __done;\n" + snippet + "\n";
    }

    private void load(String probes, String answers, Map<String, String> snippets, Map<String, String> expected)
            throws IOException {
        String text = resource(probes);
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("//## ")) {
                if (name != null) {
                    snippets.put(name, body.toString());
                }
                name = line.substring(5).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            snippets.put(name, body.toString());
        }
        Json.parseObject(resource(answers)).forEach((k, v) -> expected.put(k, String.valueOf(v)));
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("conformance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
