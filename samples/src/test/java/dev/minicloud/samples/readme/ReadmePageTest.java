package dev.minicloud.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadmePageTest {

    @Test
    void completes_a_todo_from_the_page() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollections("todos").setCollectionPermission("todos", Permission.PRIVATE).build())) {
            MiniProgram phone = env.miniProgram(Path.of("miniprogram"), WxContext.ofOpenId("o_alice"));
            PageInstance page = phone.open("pages/todos/todos");        // onLoad, onShow, promises settled
            page.call("onInput", Map.of("detail", Map.of("value", "write tests")));
            page.call("onAdd");                                          // wx.cloud.database().collection(...).add
            Object id = page.data("items[0]._id");
            page.call("onComplete", Map.of("currentTarget", Map.of("dataset", Map.of("id", id, "index", 0))));

            assertThat(page.data("items[0].done")).isEqualTo(true);
            assertThat(phone.calls("showToast")).extracting(WxCall::options)
                    .contains(Map.of("title", "Done", "icon", "success"));
        }
    }
}
