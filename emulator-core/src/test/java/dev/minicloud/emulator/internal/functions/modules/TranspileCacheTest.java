package dev.minicloud.emulator.internal.functions.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transpiled modules are cached by content on disk, so a second JVM reads them instead of running Closure. */
class TranspileCacheTest {

    @Test
    void a_transpiled_module_is_written_to_disk_and_read_back_by_a_new_cache(@TempDir Path dir) throws IOException {
        String source = "exports.main = async ({ a, ...rest }) => ({ a, rest });\n";
        Transpiled first = new TranspileCache().get("fn/index.js", source, dir);
        String key = TranspileCache.hash("fn/index.js", source);
        assertThat(dir.resolve(key + ".js")).hasContent(first.code());
        assertThat(first.code()).doesNotContain("=>").doesNotContain("...").contains("$jscomp");
        assertThat(first.sourceMap()).contains("\"version\":3");

        // A second cache (a new JVM) trusts the disk: prove it by planting a different answer there.
        Files.writeString(dir.resolve(key + ".js"), "/* from disk */");
        assertThat(new TranspileCache().get("fn/index.js", source, dir).code()).isEqualTo("/* from disk */");
    }

    @Test
    void an_unwritable_cache_folder_only_costs_speed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(new TranspileCache().get("a.js", "const x = 1;", file).code()).contains("var x = 1");
    }

    @Test
    void a_syntax_error_names_the_file_and_line() {
        assertThatThrownBy(() -> new TranspileCache().get("fn/bad.js", "let a = 1;\nlet b = ;\n", null))
                .isInstanceOf(Transpiler.TranspileException.class)
                .hasMessageContaining("fn/bad.js:2");
    }
}
