package dev.minicloud.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CloudEmulatorTest(project = ".", collections = "todos", openId = "o_alice")
class ReadmePageTest {

    @Test
    void completes_a_todo_from_the_page(MiniProgram phone) {
        PageInstance page = phone.open("pages/todos/todos");            // onLoad, onShow, promises settled
        page.call("onInput", Map.of("detail", Map.of("value", "write tests")));
        page.call("onAdd");                                              // wx.cloud.database().collection(...).add
        Object id = page.data("items[0]._id");
        page.call("onComplete", Map.of("currentTarget", Map.of("dataset", Map.of("id", id, "index", 0))));

        assertThat(page.data("items[0].done")).isEqualTo(true);
        assertThat(page.setDataHistory()).last().isEqualTo(Map.of("items[0].done", true));
        assertThat(phone.calls("showToast")).extracting(WxCall::options)
                .contains(Map.of("title", "Done", "icon", "success"));
    }
}
