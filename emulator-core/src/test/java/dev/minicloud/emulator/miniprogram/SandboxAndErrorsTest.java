package dev.minicloud.emulator.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox a mini-program runs in, the errors a test sees, and FinClip's ft.cloud as its seed page shows. */
class SandboxAndErrorsTest extends MiniProgramTestSupport {
    private MiniProgram probe;

    @BeforeEach
    void startApp() {
        start();
        probe = env.miniProgram(app().resolveSibling("sandbox"), ALICE);
    }

    @Test
    void a_mini_program_reaches_no_java_no_node_and_cannot_change_another_ones_Array_prototype() {
        PageInstance page = probe.open("pages/probe/probe");

        assertThat(page.data()).containsEntry("java", "undefined").containsEntry("packages", "undefined")
                .containsEntry("process", "undefined").containsEntry("require", "function")
                .containsEntry("hasGlobalThis", "object");
        assertThat(page.data("sneakySeen")).isEqualTo("undefined");
        MiniProgram another = env.miniProgram(app().resolveSibling("sandbox"), BOB);
        assertThat(another.open("pages/probe/probe").data("sneakySeen")).isEqualTo("undefined");
        FunctionResult r = env.functions().call("whoami", Map.of());
        assertThat(r.succeeded()).isTrue();
        assertThat(mp.require("utils/api.js").call("label", Map.of("title", "t", "done", false))).isEqualTo("[ ] t");
    }

    @Test
    void an_error_a_handler_throws_fails_the_call_as_a_thirdScriptError_with_the_pages_stack() {
        PageInstance page = probe.open("pages/probe/probe");

        CloudException e = catchThrowableOfType(CloudException.class, () -> page.call("throws"));

        assertThat(e.errCode()).isEqualTo(-1);
        assertThat(e.errMsg()).isEqualTo("thirdScriptError\nRangeError: out of range");
        assertThat(e.getMessage()).contains("at throws (pages/probe/probe.js:11)");
    }

    @Test
    void an_error_thrown_in_a_success_callback_is_reported_after_the_step() {
        PageInstance page = probe.open("pages/probe/probe");

        assertThatThrownBy(() -> page.call("callbackThrows")).isInstanceOf(CloudException.class)
                .hasFieldOrPropertyWithValue("errMsg", "thirdScriptError\nTypeError: boom in success");
        assertThat(probe.logs()).anyMatch(l -> l.level().equals("error") && l.message().contains("boom in success"));
    }

    @Test
    void an_api_that_is_not_emulated_says_so() {
        PageInstance page = probe.open("pages/probe/probe");

        assertThat(catchThrowableOfType(CloudException.class, () -> page.call("notEmulated")).errMsg())
                .isEqualTo("thirdScriptError\nError: not emulated: wx.requestPayment (see docs/miniprogram.md)");
        assertThat(page.call("canIUse")).isEqualTo(List.of(true, false));
    }

    @Test
    void a_missing_module_fails_with_wechats_message() {
        PageInstance page = probe.open("pages/probe/probe");

        assertThat(catchThrowableOfType(CloudException.class, () -> page.call("missingModule")).errMsg())
                .isEqualTo("thirdScriptError\nError: module 'pages/probe/./nope.js' is not defined, require args is"
                        + " './nope.js'");
    }

    @Test
    void a_runaway_handler_is_stopped_and_the_mini_program_with_it() {
        PageInstance page = probe.setTimeLimit(Duration.ofMillis(300)).open("pages/probe/probe");

        assertThat(catchThrowableOfType(CloudException.class, () -> page.call("spin")).errMsg())
                .startsWith("thirdScriptError\nthe mini-program ran out of its time");
        assertThatThrownBy(() -> page.call("canIUse")).isInstanceOf(IllegalStateException.class);
        assertThat(mp.open("pages/list/list").data("loading")).isEqualTo(false);
    }

    @Test
    void cloud_apis_before_init_throw_and_only_the_first_init_counts() {
        PageInstance page = probe.open("pages/probe/probe");

        assertThat(page.call("beforeInit")).isEqualTo("Cloud API isn't enabled, please call wx.cloud.init first");
        assertThat(page.call("initTwice")).isEqualTo(List.of("function", "abc"));
    }

    @Test
    void finclip_loads_the_cloud_plugin_and_uses_ft_cloud_as_the_seed_page_shows() {
        MiniProgram finclip = env.miniProgram(app().resolveSibling("finclip"), ALICE);

        PageInstance index = finclip.open("pages/index/index");

        assertThat(index.data()).containsEntry("addMsg", "collection.add:ok")
                .containsEntry("getMsg", "collection.get:ok")
                .containsEntry("items", List.of("learn cloud database"));
        assertThat(index.call("callAdd")).isEqualTo("cloud.callFunction:ok");
        assertThat(index.call("wxCloudIsSeparate"))
                .isEqualTo("Cloud API isn't enabled, please call wx.cloud.init first");
    }

    @Test
    void a_root_that_is_not_a_folder_is_refused() {
        assertThatThrownBy(() -> env.miniProgram(Path.of("no/such/folder"), ALICE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
