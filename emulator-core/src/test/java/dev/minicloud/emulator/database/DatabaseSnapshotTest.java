package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.command.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeding databases from fixtures: the console's export format, loaded once and copied into each environment. */
class DatabaseSnapshotTest {
    private static final DatabaseSnapshot SHOP = DatabaseSnapshot.fromClasspath("dev/minicloud/emulator/database/fixtures/shop");

    private static CloudEnvironment seeded(DatabaseSnapshot snapshot) {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addDatabaseSeed(snapshot).build());
    }

    @Test
    void a_fixture_folder_holds_one_collection_per_json_or_jsonl_file() {
        assertThat(SHOP.collections()).containsExactlyInAnyOrder("coupons", "orders", "products");
        assertThat(SHOP.size()).isEqualTo(5);
        assertThat(SHOP.documents("coupons")).isEmpty();
        assertThat(SHOP).hasToString("DatabaseSnapshot[coupons (0 documents), orders (2 documents), products (3 documents)]");
    }

    @Test
    void dates_in_the_console_export_form_become_dates_and_other_values_stay_plain_json() {
        try (CloudEnvironment env = seeded(SHOP)) {
            CollectionReference products = env.database().collection("products");
            assertThat(products.doc("p1").get().data()).containsEntry("listedAt", Instant.ofEpochMilli(1710642030000L))
                    .containsEntry("price", 12.5).containsEntry("tags", List.of("drink", "hot"));
            assertThat(products.doc("p2").get().data().get("listedAt")).isEqualTo(Instant.parse("2024-03-18T08:00:00Z"));
            assertThat(products.doc(3).get().data()).containsEntry("supplier", Map.of("city", "Kunming"));
            assertThat(env.database().collection("orders").where(Map.of("at", Command.gt(
                    Instant.ofEpochMilli(1710642030000L)))).get().data()).extracting(d -> d.get("_id"))
                    .containsExactly("o2");
        }
    }

    @Test
    void seeded_collections_exist_even_when_empty_and_answer_queries_like_added_documents() {
        try (CloudEnvironment env = seeded(SHOP)) {
            assertThat(env.database().collection("coupons").count().total()).isZero();
            assertThat(env.database().collection("products").where(Map.of("tags", "drink")).orderBy("price", "desc")
                    .get().data()).extracting(d -> d.get("name")).containsExactly("Coffee", "Tea");
            assertThat(env.database().collection("products").doc("p1").update(Map.of("stock", Command.inc(-1)))
                    .stats().updated()).isEqualTo(1);
            assertThatThrownBy(() -> env.database().collection("products").add(Map.of("_id", "p1")))
                    .hasMessageContaining("E11000 duplicate key error");
        }
    }

    @Test
    void every_environment_gets_its_own_copy() {
        try (CloudEnvironment a = seeded(SHOP); CloudEnvironment b = seeded(SHOP)) {
            a.database().collection("products").doc("p1").remove();
            a.database().collection("orders").add(Map.of("product", "p2"));
            assertThat(a.database().collection("products").count().total()).isEqualTo(2);
            assertThat(b.database().collection("products").count().total()).isEqualTo(3);
            assertThat(b.database().collection("orders").count().total()).isEqualTo(2);
            assertThat(SHOP.documents("products")).hasSize(3);
        }
    }

    @Test
    void documents_without_id_get_the_same_id_in_every_environment() {
        DatabaseSnapshot s = DatabaseSnapshot.builder().addJson("notes", "[{\"text\": \"a\"}, {\"text\": \"b\"}]").build();
        Object id = s.documents("notes").get(0).get("_id");
        assertThat(id).asString().matches("[0-9a-f]{32}");
        assertThat(s.documents("notes").get(1).get("_id")).isNotEqualTo(id);
        try (CloudEnvironment a = seeded(s); CloudEnvironment b = seeded(s)) {
            assertThat(a.database().collection("notes").doc(id).get().data()).containsEntry("text", "a");
            assertThat(b.database().collection("notes").doc(id).get().data()).containsEntry("text", "a");
        }
    }

    @Test
    void snapshots_are_built_in_code_from_java_values_and_json_text() {
        DatabaseSnapshot s = DatabaseSnapshot.builder()
                .addDocuments("users", List.of(Map.of("_id", "u1", "joined", Instant.parse("2024-01-01T00:00:00Z"))))
                .addJson("users", "{\"_id\": \"u2\", \"joined\": {\"$date\": 0}}\n{\"_id\": \"u3\"}")
                .addCollection("empty")
                .build();
        assertThat(s.collections()).containsExactly("users", "empty");
        assertThat(s.documents("users")).extracting(d -> d.get("_id")).containsExactly("u1", "u2", "u3");
        assertThat(s.documents("users").get(1)).containsEntry("joined", Instant.EPOCH);
    }

    @Test
    void later_seeds_replace_documents_with_the_same_id() {
        DatabaseSnapshot first = DatabaseSnapshot.builder().addJson("c", "[{\"_id\": 1, \"v\": \"old\"}, {\"_id\": 2}]")
                .build();
        DatabaseSnapshot second = DatabaseSnapshot.builder().addJson("c", "[{\"_id\": 1, \"v\": \"new\"}]").build();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addDatabaseSeed(first).addDatabaseSeed(second).build())) {
            assertThat(env.database().collection("c").get().data()).extracting(d -> d.get("v"))
                    .containsExactly("new", null);
        }
    }

    @Test
    void a_database_can_be_seeded_and_exported_in_a_test() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment()) {
            env.database().seed(SHOP);
            env.database().collection("orders").doc("o1").remove();
            DatabaseSnapshot now = env.database().snapshot();
            assertThat(now.documents("orders")).extracting(d -> d.get("_id")).containsExactly("o2");
            assertThat(now.documents("products")).isEqualTo(SHOP.documents("products"));
        }
    }

    @Test
    void fixtures_are_read_from_a_host_folder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("todos.json"), "[{\"_id\": \"t1\", \"title\": \"写测试\"}]");
        DatabaseSnapshot s = DatabaseSnapshot.fromFolder(dir);
        assertThat(s.documents("todos")).containsExactly(Map.of("_id", "t1", "title", "写测试"));
    }

    @Test
    void broken_fixtures_fail_when_loaded_naming_the_file_and_the_problem() {
        assertThatThrownBy(() -> DatabaseSnapshot.fromClasspath("dev/minicloud/emulator/database/fixtures/broken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken/items.json is not valid JSON");
        assertThatThrownBy(() -> DatabaseSnapshot.fromClasspath("dev/minicloud/emulator/database/fixtures/stray"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("README.txt is not <collection>.json or <collection>.jsonl directly in the"
                        + " fixture folder");
        assertThatThrownBy(() -> DatabaseSnapshot.fromClasspath("no/such/fixtures"))
                .hasMessage("seed folder 'no/such/fixtures' not found on the classpath");
        assertThatThrownBy(() -> DatabaseSnapshot.builder().addJson("c", "{\"a\": 1}\n[1]").build())
                .hasMessage("fixture collection c line 2 must be a document (a JSON object), not [1]");
        assertThatThrownBy(() -> DatabaseSnapshot.builder().addJson("c", "[{\"_id\": 1}, {\"_id\": 1.0}]").build())
                .hasMessage("fixture collection c has _id 1 twice in collection c");
        assertThatThrownBy(() -> DatabaseSnapshot.builder().addJson("c", "[{\"_id\": {\"$oid\": \"x\"}}]").build())
                .hasMessageContaining("cannot be stored");
        assertThatThrownBy(() -> DatabaseSnapshot.builder().addJson("c", "[{\"a.b\": 1}]").build())
                .hasMessageContaining("field names cannot contain '.': a.b");
        assertThatThrownBy(() -> DatabaseSnapshot.builder().addCollection("bad$name"))
                .hasMessageContaining("collection name (bad$name)");
    }
}
