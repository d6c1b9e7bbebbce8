package dev.minicloud.emulator.internal.functions.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code $jscomp} runtime ships pre-generated so that no JVM pays Closure's cold start to build the shared scope.
 * This test regenerates it with the pinned Closure and fails if the shipped copy drifted. To refresh the copy after a
 * Closure or option change, run it with {@code -Dminicloud.writeRuntime=true}.
 */
class JscompRuntimeResourceTest {
    private static final Path SHIPPED =
            Path.of("src/main/resources/dev/minicloud/emulator/internal/js/generated/jscomp_runtime.js");

    @Test
    void the_shipped_jscomp_runtime_is_what_closure_generates() throws IOException {
        String generated = Transpiler.runtime();
        if (Boolean.getBoolean("minicloud.writeRuntime")) {
            Files.writeString(SHIPPED, generated);
        }
        assertThat(JsRuntime.jscompRuntime()).isEqualTo(generated);
    }
}
