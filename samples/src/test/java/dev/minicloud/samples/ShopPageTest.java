package dev.minicloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MiniShop's shop page (an ES module page) calling the {@code shop} function as the phone's user. */
class ShopPageTest extends PageTestSupport {
    @BeforeEach
    void start() {
        start(EmulatorConfiguration.builder().addFunctionRoot(Path.of(MiniShop.FUNCTIONS))
                .addDatabaseSeed(DatabaseSnapshot.fromFolder(Path.of(MiniShop.DATABASE))));
    }

    private PageInstance shopPage(WxContext user, Map<String, String> query) {
        return phone(MiniShop.MINIPROGRAM, user).open("pages/shop/shop", query);
    }

    private static Map<String, Object> tap(String id) {
        return Map.of("currentTarget", Map.of("dataset", Map.of("id", id)));
    }

    @Test
    void the_page_lists_the_products_on_sale_of_its_category_cheapest_first() {
        MiniProgram phone = phone(MiniShop.MINIPROGRAM, ALICE);
        PageInstance page = phone.open("pages/shop/shop", Map.of("category", "drinks"));

        assertThat(page.data("products")).isEqualTo(List.of(
                Map.of("id", "p-tea", "name", "Jasmine tea", "price", "¥18.00"),
                Map.of("id", "p-coffee", "name", "Yunnan coffee beans", "price", "¥68.00")));
        assertThat(page.data("total")).isEqualTo(2);
        assertThat(phone.calls()).extracting(WxCall::api).containsExactly("showLoading", "hideLoading");
    }

    @Test
    void adding_to_the_cart_goes_to_the_callers_cart_only() {
        PageInstance alice = shopPage(ALICE, Map.of());
        alice.call("onAddToCart", tap("p-tea"));
        alice.call("onAddToCart", tap("p-tea"));

        PageInstance bob = shopPage(BOB, Map.of());

        assertThat(alice.data("cart")).isEqualTo(List.of(Map.of("id", "p-tea", "name", "Jasmine tea", "qty", 2)));
        assertThat(alice.data("cartTotal")).isEqualTo("¥36.00");
        assertThat(bob.data("cart")).isEqualTo(List.of());
        assertThat(alice.calls("showToast")).extracting(WxCall::options)
                .containsOnly(Map.of("title", "Added to cart", "icon", "success"));
    }

    @Test
    void a_product_off_sale_is_not_added_and_the_page_says_so() {
        PageInstance page = shopPage(ALICE, Map.of());

        page.call("onAddToCart", tap("p-kettle"));

        assertThat(page.calls("showToast")).extracting(WxCall::options)
                .containsExactly(Map.of("title", "Not on sale", "icon", "none"));
        assertThat(env.database().collection("carts").where(Map.of("owner", "o_alice")).count().total()).isZero();
    }

    @Test
    void the_finclip_build_calls_the_function_with_callbacks_through_ft_cloud() {
        PageInstance page = phone(MiniShop.FINCLIP, ALICE).open("pages/shop/shop");

        assertThat(page.data("products")).isEqualTo(List.of("Jasmine tea", "Yunnan coffee beans"));
        assertThat(page.data("requestID")).asString().isNotEmpty();
    }
}
