package dev.minicloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MiniShop's todo page, its own code, against the cloud: each user's phone is a mini-program of its own, and the
 * project's {@code security-rules.json} lets only a todo's creator read and change it.
 */
class TodoPagesTest extends PageTestSupport {
    @BeforeEach
    void start() {
        start(EmulatorConfiguration.builder().addCollections("todos"));
    }

    private PageInstance todosPage(String app, WxContext user) {
        return phone(app, user).open("pages/todos/todos");
    }

    private static Map<String, Object> input(String value) {
        return Map.of("detail", Map.of("value", value));
    }

    private static Map<String, Object> tap(Object id, int index) {
        return Map.of("currentTarget", Map.of("dataset", Map.of("id", id, "index", index)));
    }

    @Test
    void a_user_sees_only_their_own_todos() {
        PageInstance alice = todosPage(MiniShop.MINIPROGRAM, ALICE);
        alice.call("onInput", input("Order more jasmine tea"));
        alice.call("onAdd");
        alice.call("onInput", input("Answer customer messages"));
        alice.call("onAdd");

        PageInstance bob = todosPage(MiniShop.MINIPROGRAM, BOB);

        assertThat(alice.data("items")).asInstanceOf(InstanceOfAssertFactories.LIST).extracting("title")
                .containsExactlyInAnyOrder("Order more jasmine tea", "Answer customer messages");
        assertThat(bob.data("items")).isEqualTo(List.of());
        assertThat(alice.calls("showToast")).extracting(WxCall::options)
                .containsOnly(Map.of("title", "Added", "icon", "success"));
    }

    @Test
    void another_users_todo_cannot_be_completed() {
        PageInstance alice = todosPage(MiniShop.MINIPROGRAM, ALICE);
        alice.call("onInput", input("Photograph the mooncakes"));
        alice.call("onAdd");
        Object id = alice.data("items[0]._id");
        MiniProgram bobsPhone = phone(MiniShop.MINIPROGRAM, BOB);

        bobsPhone.open("pages/todos/todos").call("onComplete", tap(id, 0));

        assertThat(bobsPhone.calls("showToast")).extracting(WxCall::options)
                .containsExactly(Map.of("title", "You can only complete your own todos", "icon", "none"));
        assertThat(env.database().collection("todos").doc(id).get().data()).containsEntry("done", false);

        alice.call("onComplete", tap(id, 0));
        assertThat(alice.data("items[0].done")).isEqualTo(true);
        assertThat(alice.setDataHistory()).last().isEqualTo(Map.of("items[0].done", true));
    }

    @Test
    void the_finclip_build_registers_the_cloud_plugin_and_keeps_the_same_rules() {
        PageInstance alice = todosPage(MiniShop.FINCLIP, ALICE);
        alice.call("onAdd", input("Restock oolong"));
        Object id = alice.data("items[0]._id");

        PageInstance bob = todosPage(MiniShop.FINCLIP, BOB);
        bob.call("onComplete", tap(id, 0));

        assertThat(alice.data("items")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("title").containsExactly("Restock oolong");
        assertThat(bob.data()).containsEntry("items", List.of()).containsEntry("completed", 0);
        assertThat(env.database().collection("todos").doc(id).get().data()).containsEntry("done", false);
    }
}
