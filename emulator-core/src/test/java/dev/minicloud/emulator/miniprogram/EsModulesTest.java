package dev.minicloud.emulator.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.minicloud.emulator.base.CloudException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages and helper modules written with ES module syntax load through the one CommonJS route. */
class EsModulesTest extends MiniProgramTestSupport {
    @BeforeEach
    void startApp() {
        start();
    }

    @Test
    void a_page_imports_default_named_namespace_and_re_exported_bindings() {
        PageInstance page = mp.open("pages/esm/esm");

        assertThat(page.data()).isEqualTo(Map.of("sum", 3, "PI", 3.14, "startCount", 0, "live", 1,
                "revealed", "hidden", "legacy", "cjs", "same", true, "namespace", "function",
                "anonymous", "anonymous default"));
        assertThat(mp.storage("side")).isEqualTo("loaded");
    }

    @Test
    void an_es_module_exports_live_bindings_to_commonjs_code() {
        MiniModule math = mp.require("utils/esm/math.js");

        math.call("inc");
        math.call("inc");

        assertThat(math.exports()).isEqualTo(Map.of("PI", 3.14, "counter", 2, "revealed", "hidden"));
    }

    @Test
    void an_error_in_an_es_module_keeps_its_line() {
        PageInstance page = mp.open("pages/esm/esm");

        CloudException e = catchThrowableOfType(CloudException.class, () -> page.call("throws"));

        assertThat(e.errMsg()).isEqualTo("thirdScriptError\nTypeError: thrown on line 26");
        assertThat(e.getMessage()).contains("pages/esm/esm.js:26");
    }
}
