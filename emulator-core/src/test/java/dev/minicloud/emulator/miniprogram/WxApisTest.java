package dev.minicloud.emulator.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.LogEntry;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The globals and {@code wx.*} APIs of docs/miniprogram.md that the page tests do not reach, one probe each. */
class WxApisTest extends MiniProgramTestSupport {
    private MiniProgram apis;

    @BeforeEach
    void startApp() {
        start();
        apis = env.miniProgram(app().resolveSibling("apis"), ALICE);
    }

    @Test
    void the_app_and_the_page_lifecycle_run_in_order_with_their_arguments() {
        PageInstance page = apis.open("pages/apis/apis", Map.of("id", "7"));

        assertThat(page.data("order")).isEqualTo(List.of("onLoad", "onShow", "onReady"));
        assertThat(page.data("query")).isEqualTo(Map.of("id", "7"));
        assertThat(page.data("app.launches")).isEqualTo(List.of(Map.of("path", "pages/apis/apis",
                "query", Map.of("id", "7"), "scene", 1001, "referrerInfo", Map.of())));
        assertThat(page.data("app.shows")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
        assertThat(page.data("file")).isEqualTo("/pages/apis/apis.js");
        assertThat(apis.pages()).containsExactly(page);
        page.unload();
        assertThat(apis.storage("unloaded")).isEqualTo("pages/apis/apis");
        assertThat(apis.pages()).isEmpty();
        PageInstance next = apis.open("pages/next/next");
        assertThat(next.data()).containsEntry("unloaded", "pages/apis/apis")
                .containsEntry("stack", List.of("pages/next/next"));
        assertThat(apis.pages()).containsExactly(next);
        assertThat(env.miniPrograms()).containsExactly(mp, apis);
    }

    @Test
    void timers_run_in_order_on_the_environments_clock_and_cleared_ones_never() {
        PageInstance page = apis.open("pages/apis/apis");
        long before = env.clock().millis();

        assertThat(page.call("timers")).isEqualTo(List.of("microtask", "immediate", "tick 1", "tick 2", "tick 3"));
        assertThat(env.clock().millis() - before).isEqualTo(1300);
    }

    @Test
    void console_lines_are_in_the_mini_programs_logs() {
        apis.open("pages/apis/apis").call("logs");

        assertThat(apis.logs()).extracting(LogEntry::level, LogEntry::message).contains(
                org.assertj.core.groups.Tuple.tuple("log", "a log line { n: 1 }"),
                org.assertj.core.groups.Tuple.tuple("warn", "a warning"),
                org.assertj.core.groups.Tuple.tuple("error", "an error"));
    }

    @Test
    void the_interface_and_navigation_apis_are_recorded_and_answer_ok() {
        PageInstance page = apis.open("pages/apis/apis");

        assertThat(page.call("recorded")).isEqualTo("navigateBack:ok");
        assertThat(page.calls("showToast")).extracting(WxCall::options).containsExactly(Map.of("title", "hi"));
        assertThat(apis.calls()).extracting(WxCall::api).containsExactly("showToast", "hideToast", "showLoading",
                "hideLoading", "setNavigationBarTitle", "startPullDownRefresh", "stopPullDownRefresh",
                "pageScrollTo", "vibrateShort", "navigateTo", "redirectTo", "switchTab", "reLaunch", "navigateBack");
        assertThat(apis.calls("navigateTo")).singleElement().satisfies(c -> {
            assertThat(c.options()).isEqualTo(Map.of("url", "/pages/next/next?a=1"));
            assertThat(c.route()).isEqualTo("pages/apis/apis");
        });
        assertThat(page.call("callbacks")).isEqualTo(List.of("showToast:ok", "complete showToast:ok"));
    }

    @Test
    void login_gives_a_new_code_and_system_info_is_the_devtools_iphone() {
        PageInstance page = apis.open("pages/apis/apis");

        assertThat(page.call("login")).isEqualTo(List.of(List.of("minicloud-code-1", "login:ok"),
                List.of("minicloud-code-2", "login:ok")));
        assertThat(page.call("systemInfo")).isEqualTo(Map.of("sync", List.of(390, 844, 3, "devtools"),
                "async", List.of(390, "devtools", "getSystemInfo:ok")));
    }

    @Test
    void the_storage_apis_keep_values_per_mini_program_in_both_forms() {
        PageInstance page = apis.open("pages/apis/apis");

        assertThat(page.call("storageSync")).isEqualTo(Map.of("before", List.of("a", "b"),
                "afterRemove", List.of("", "two"), "afterClear", List.of(), "missing", ""));
        assertThat(page.call("storageAsync")).isEqualTo(Map.of("got", List.of(1, 2), "gotMsg", "getStorage:ok",
                "missing", "getStorage:fail data not found", "cleared", "clearStorage:ok", "left", ""));
        assertThat(apis.storage("k2")).isNull();
    }

    @Test
    void rmdir_refuses_a_folder_with_content_unless_recursive() {
        assertThat(apis.open("pages/apis/apis").call("rmdir")).isEqualTo(List.of(
                "rmdirSync:fail directory not empty wxfile://usr/d",
                "rmdir:fail no such file or directory wxfile://usr/d", List.of()));
    }

    @Test
    void select_component_says_custom_components_are_not_rendered() {
        PageInstance page = apis.open("pages/apis/apis");

        assertThatThrownBy(() -> page.call("selectComponent")).isInstanceOf(CloudException.class)
                .hasMessageContaining("selectComponent");
    }

    @Test
    void set_geo_server_date_and_aggregation_run_from_wx_cloud_under_the_clients_rules() {
        env.client(BOB).database().collection("todos").add(Map.of("title", "bob's"));

        Object result = apis.open("pages/apis/apis").call("cloudSetGeoAggregate");

        assertThat(result).isEqualTo(Map.of("created", 1, "replaced", 1, "setMsg", "document.set:ok",
                "near", List.of("again"), "agg", List.of(aggregated()),
                "aggMsg", "collection.aggregate:ok"));
        assertThat(env.database().collection("todos").doc("mine").get().data()).containsEntry("_openid", "o_alice");
    }

    private static Map<String, Object> aggregated() {
        Map<String, Object> group = new java.util.LinkedHashMap<>();
        group.put("_id", null);
        group.put("n", 1);
        return group;
    }

    @Test
    void an_aborted_upload_fails_with_abort_and_uploads_nothing() {
        assertThat(apis.open("pages/apis/apis").call("abortedUpload")).isEqualTo("cloud.uploadFile:fail abort");
        assertThat(env.storage().getTempFileURL(env.storage().fileIdOf("up.txt")).fileList().get(0).status())
                .isNotZero();
    }
}
