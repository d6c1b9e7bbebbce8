package dev.minicloud.emulator.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages driven from Java: lifecycle, setData paths and history, handlers, the app and the page stack. */
class PagesTest extends MiniProgramTestSupport {
    @BeforeEach
    void startApp() {
        start();
    }

    @Test
    void onLoad_gets_the_query_and_the_page_holds_what_its_promises_set() {
        todo(ALICE, "b");
        todo(ALICE, "a");
        todo(BOB, "not mine");

        PageInstance list = mp.open("pages/list/list", Map.of("filter", "open"));

        assertThat(list.data("filter")).isEqualTo("open");
        assertThat(list.data("loading")).isEqualTo(false);
        assertThat(list.data("labels")).isEqualTo(List.of("[ ] a", "[ ] b"));
        assertThat(list.data("todos[0].title")).isEqualTo("a");
        assertThat(list.data("todos[0]._openid")).isEqualTo("o_alice");
        assertThat(mp.calls("showLoading")).extracting(WxCall::options).containsExactly(Map.of("title", "Loading"));
        assertThat(mp.calls("hideLoading")).hasSize(1);
    }

    @Test
    void setData_with_a_path_key_changes_one_element_and_the_history_keeps_each_patch() {
        String id = todo(ALICE, "a");
        PageInstance list = mp.open("pages/list/list");

        list.call("onTapDone", Map.of("currentTarget", Map.of("dataset", Map.of("id", id, "index", 0))));

        assertThat(list.data("todos[0].done")).isEqualTo(true);
        assertThat(list.setDataHistory()).last().isEqualTo(Map.of("todos[0].done", true));
        assertThat(list.calls("showToast")).extracting(WxCall::options).containsExactly(Map.of("title", "Done"));
        assertThat(env.database().collection("todos").doc(id).get().data()).containsEntry("done", true);
    }

    @Test
    void a_handler_returning_a_promise_gives_its_value_to_java() {
        PageInstance list = mp.open("pages/list/list");

        Object id = list.call("onAdd", Map.of("detail", Map.of("value", "write tests")));

        assertThat(env.database().collection("todos").doc(id).get().data())
                .containsEntry("title", "write tests").containsEntry("_openid", "o_alice")
                .containsEntry("createdAt", NOW);
        assertThat(list.data("labels")).isEqualTo(List.of("[ ] write tests"));
    }

    @Test
    void the_app_launches_once_before_the_first_page_and_getApp_and_getCurrentPages_see_it() {
        String id = todo(ALICE, "a");
        mp.open("pages/list/list");
        PageInstance todo = mp.open("pages/todo/todo", Map.of("id", id));

        assertThat(todo.data("theme")).isEqualTo("light");
        assertThat(todo.data("pages")).isEqualTo(List.of("pages/list/list", "pages/todo/todo"));
        assertThat(todo.data("todo.title")).isEqualTo("a");
        assertThat(todo.data("meta.loadedAt")).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void a_component_used_as_a_page_gets_its_lifetimes_and_methods() {
        PageInstance comp = mp.open("pages/comp/comp", Map.of("n", "41"));

        assertThat(comp.data()).containsEntry("attached", true).containsEntry("n", 41);
        assertThat(comp.call("inc")).isEqualTo(42);
    }

    @Test
    void showModal_is_answered_as_the_test_chose() {
        todo(ALICE, "a");
        PageInstance list = mp.open("pages/list/list");

        assertThat(mp.answerModals(false).open("pages/list/list").call("onRemoveAll")).isEqualTo(0);
        assertThat(mp.answerModals(true).open("pages/list/list").call("onRemoveAll")).isEqualTo(1);
        assertThat(list.route()).isEqualTo("pages/list/list");
        assertThat(mp.calls("showModal")).extracting(WxCall::options).containsOnly(Map.of("title", "Remove all?"));
    }

    @Test
    void unload_runs_onUnload_and_leaves_the_stack() {
        PageInstance first = mp.open("pages/list/list");
        first.unload();
        String id = todo(ALICE, "a");

        assertThat(mp.open("pages/todo/todo", Map.of("id", id)).data("pages")).isEqualTo(List.of("pages/todo/todo"));
    }
}
