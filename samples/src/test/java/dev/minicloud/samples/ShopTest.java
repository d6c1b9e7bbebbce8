package dev.minicloud.samples;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.junit5.CallerIdentity;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.storage.Storage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The shop function: tcb-router routes over products, carts and orders, with a transaction at checkout. */
@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, databaseFixtures = MiniShop.DATABASE,
        storageFixtures = MiniShop.STORAGE, startTime = MiniShop.NOW, openId = "o_alice")
class ShopTest {

    private static FunctionResult shop(Functions functions, String url, Object... keyValues) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("$url", url);
        for (int i = 0; i < keyValues.length; i += 2) {
            event.put((String) keyValues[i], keyValues[i + 1]);
        }
        return functions.call("shop", event);
    }

    @Test
    void products_are_listed_cheapest_first_without_those_off_sale(Functions functions) {
        FunctionResult all = shop(functions, "products/list");
        assertThat(all).hasResultField("total", 4).hasResultField("items.0._id", "p-mooncake")
                .hasResultField("items.3._id", "p-coffee");
        assertThat(all).result().extracting("items", LIST).noneMatch(p -> ((Map<?, ?>) p).containsKey("description"));
        assertThat(shop(functions, "products/list", "category", "drinks", "pageSize", 1))
                .hasResultField("total", 2).hasResultField("items.0.name", "Jasmine tea");
    }

    @Test
    void adding_to_the_cart_twice_adds_up_and_the_cart_is_priced_by_aggregation(Functions functions) {
        assertThat(shop(functions, "cart/add", "productId", "p-tea", "qty", 2)).hasResultField("ok", true);
        assertThat(shop(functions, "cart/add", "productId", "p-tea")).hasResultField("ok", true);
        assertThat(shop(functions, "cart/add", "productId", "p-mooncake")).hasResultField("ok", true);
        assertThat(shop(functions, "cart/add", "productId", "p-kettle")).hasResultField("code", "NO_SUCH_PRODUCT");
        assertThat(shop(functions, "cart/list")).hasResult(Map.of("ok", true, "total", 3 * 1800 + 1200, "items",
                List.of(Map.of("productId", "p-mooncake", "qty", 1, "name", "Lotus mooncake", "price", 1200,
                                "subtotal", 1200),
                        Map.of("productId", "p-tea", "qty", 3, "name", "Jasmine tea", "price", 1800,
                                "subtotal", 5400))));
    }

    @Test
    void checkout_takes_the_stock_empties_the_cart_and_records_the_order_in_one_transaction(Functions functions,
            Database db) {
        shop(functions, "cart/add", "productId", "p-coffee", "qty", 2);
        shop(functions, "cart/add", "productId", "p-tea");
        FunctionResult r = shop(functions, "order/checkout");
        assertThat(r).hasResultField("ok", true).hasResultField("order.total", 2 * 6800 + 1800);
        assertThat(db.collection("products").doc("p-coffee")).hasField("stock", 10);
        assertThat(db.collection("products").doc("p-tea")).hasField("stock", 39);
        assertThat(db.collection("carts")).isEmpty();
        assertThat(db.collection("orders")).containsDocumentsMatching(Map.of("owner", "o_alice"), 3)
                .containsDocumentMatching(Map.of("total", 15400, "status", "paid"));
        assertThat(shop(functions, "order/list")).hasResultField("orders.0.total", 15400);
    }

    @Test
    void checkout_with_too_little_stock_rolls_everything_back(Functions functions, Database db) {
        shop(functions, "cart/add", "productId", "p-tea", "qty", 1);
        shop(functions, "cart/add", "productId", "p-mooncake", "qty", 4);
        assertThat(shop(functions, "order/checkout")).hasResult(
                Map.of("ok", false, "code", "OUT_OF_STOCK", "productId", "p-mooncake", "left", 3));
        assertThat(db.collection("products").doc("p-tea")).as("decremented inside the rolled back transaction")
                .hasField("stock", 40);
        assertThat(db.collection("carts")).hasSize(2);
        assertThat(db.collection("orders")).hasSize(4);
    }

    @Test
    void two_buyers_of_the_last_mooncakes_at_once_cannot_both_get_them(Functions functions,
            @CallerIdentity(openId = "o_bob") Functions bob, Database db) throws Exception {
        shop(functions, "cart/add", "productId", "p-mooncake", "qty", 2);
        shop(bob, "cart/add", "productId", "p-mooncake", "qty", 2);
        CompletableFuture<FunctionResult> alices = CompletableFuture.supplyAsync(() -> shop(functions, "order/checkout"));
        FunctionResult bobs = shop(bob, "order/checkout");
        List<Object> outcomes = List.of(((Map<?, ?>) alices.get().resultOrThrow()).get("ok"),
                ((Map<?, ?>) bobs.resultOrThrow()).get("ok"));
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(db.collection("products").doc("p-mooncake")).hasField("stock", 1);
    }

    @Test
    void a_banner_from_storage_gets_a_temporary_link_that_expires(Functions functions, Storage storage,
            VirtualClock clock) throws IOException, InterruptedException {
        String fileId = storage.fileIdOf("banners/spring-sale.png");
        String url = (String) ((Map<?, ?>) shop(functions, "banner", "fileID", fileId).resultOrThrow()).get("url");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).build();
        HttpResponse<byte[]> png = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        clock.advance(Duration.ofMinutes(11));
        assertThat(http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        assertThat(shop(functions, "banner", "fileID", storage.fileIdOf("banners/none.png")))
                .hasResultField("code", "NO_BANNER");
    }

    @Test
    void a_failing_route_is_reported_in_the_body_and_the_log(Functions functions) {
        FunctionResult r = shop(functions, "products/detail", "id", "p-unknown");
        assertThat(r).hasResultField("ok", false)
                .hasResultField("message", "document.get:fail document with _id p-unknown does not exist")
                .hasLogContaining("products/detail failed:");
        assertThat(WxContext.ofOpenId("o_alice")).isEqualTo(functions.caller().orElseThrow());
    }
}
