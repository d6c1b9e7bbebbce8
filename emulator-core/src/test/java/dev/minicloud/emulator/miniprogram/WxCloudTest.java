package dev.minicloud.emulator.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.minicloud.emulator.base.CloudException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * wx.cloud as page code meets it: the user's permissions, the client's errMsg strings, callbacks and promises,
 * callFunction as the user, watch snapshots from writes made elsewhere.
 */
class WxCloudTest extends MiniProgramTestSupport {
    @BeforeEach
    void startApp() {
        start();
    }

    @Test
    void another_users_todo_cannot_be_completed_from_the_page() {
        String bobs = todo(BOB, "bob's");
        PageInstance list = mp.open("pages/list/list");

        list.call("onTapDone", Map.of("currentTarget", Map.of("dataset", Map.of("id", bobs, "index", 0))));

        assertThat(list.calls("showToast")).extracting(WxCall::options)
                .containsExactly(Map.of("title", "Not yours", "icon", "none"));
        assertThat(env.database().collection("todos").doc(bobs).get().data()).containsEntry("done", false);
    }

    @Test
    void a_module_function_rejecting_with_a_cloud_error_fails_with_its_errCode_and_errMsg() {
        MiniModule api = mp.require("utils/api.js");

        CloudException e = catchThrowableOfType(CloudException.class,
                () -> api.call("addTo", "nowhere", Map.of("x", 1)));

        assertThat(e.errCode()).isEqualTo(-502005);
        assertThat(e.errMsg()).startsWith("collection.add:fail -502005 database collection not exists.");
        assertThat(api.call("completeTodo", todo(BOB, "bob's"))).isEqualTo(0);
        assertThat(api.call("countOpen")).isEqualTo(0);
        assertThat(api.exports()).isEqualTo(Map.of("VERSION", "1.0.0"));
    }

    @Test
    void a_missing_document_fails_with_the_clients_message() {
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", "nope"));

        assertThat(todo.data("error")).isEqualTo(Map.of("code", -1, "msg", "document.get:fail document.get:fail cannot"
                + " find document with _id nope, please make sure that the document exists and you have the"
                + " corresponding Read permission"));
    }

    @Test
    void switching_the_user_changes_what_the_same_code_sees() {
        todo(ALICE, "alice's");
        todo(BOB, "bob's");
        MiniModule api = mp.require("utils/api.js");

        assertThat(api.call("listMine")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("title").containsExactly("alice's");
        mp.setUser(BOB);
        assertThat(api.call("listMine")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("title").containsExactly("bob's");
        assertThat(mp.user()).isEqualTo(BOB);
    }

    @Test
    void a_per_call_config_env_and_a_database_env_are_accepted_and_answered_by_the_one_environment() {
        todo(ALICE, "alice's");
        todo(BOB, "bob's");
        MiniModule api = mp.require("utils/api.js");

        assertThat(api.call("callWithConfig", "other-env-1a2b")).isEqualTo("cloud.callFunction:ok o_alice");
        assertThat(api.call("countMineIn", "other-env-1a2b")).isEqualTo(1);
    }

    @Test
    void callFunction_detached_from_wx_cloud_calls_as_the_user_with_the_clients_errMsg() {
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", todo(ALICE, "a")));

        assertThat(todo.call("callWhoami")).isEqualTo(Map.of("errMsg", "cloud.callFunction:ok", "openid", "o_alice"));
    }

    @Test
    void a_watch_shows_writes_made_elsewhere_when_the_page_is_read_and_stops_when_closed() {
        todo(ALICE, "first");
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", "x"));
        todo.call("watchIt");
        assertThat(todo.data("watched")).isEqualTo(List.of("first"));

        todo(ALICE, "second");
        todo(BOB, "not visible");
        assertThat(todo.data("watched")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("first", "second");
        assertThat(todo.data("events")).isEqualTo(2);

        todo.call("stopWatching");
        todo(ALICE, "third");
        assertThat(todo.data("events")).isEqualTo(2);
    }

    @Test
    void a_timer_runs_on_the_frozen_clock_which_jumps_to_it() {
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", "x"));

        todo.call("later");

        assertThat(todo.data("later")).isEqualTo(true);
        assertThat(env.clock().instant()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void a_timer_beyond_the_settle_window_waits_for_a_later_drain() {
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", "x"));
        mp.setSettleWindow(Duration.ofSeconds(1));

        todo.call("later");
        assertThat(todo.data("later")).isNull();

        env.clock().advance(Duration.ofSeconds(5));
        mp.drain();
        assertThat(todo.data("later")).isEqualTo(true);
    }

    @Test
    void storage_sync_is_real_and_per_mini_program() {
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", "x"));

        assertThat(todo.call("store")).isEqualTo("title/\"\"");
        assertThat(mp.storage("prefs")).isEqualTo(Map.of("sort", "title", "at", 3));
        assertThat(env.miniProgram(app(), ALICE).storage("prefs")).isNull();
    }
}
