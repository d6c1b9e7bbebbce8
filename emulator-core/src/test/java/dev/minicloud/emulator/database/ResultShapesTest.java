package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.database.result.BatchAddResult;
import dev.minicloud.emulator.database.result.CountResult;
import dev.minicloud.emulator.database.result.CreateCollectionResult;
import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** every call resolves to the service's exact result shape. */
class ResultShapesTest extends DatabaseTest {

    @Test
    void add_returns_the_new_id_and_collection_add_ok() {
        AddResult r = db.collection("todos").add(json("{'title': 'a'}"));
        assertThat(r.errMsg()).isEqualTo("collection.add:ok");
        assertThat((String) r.id()).matches("[0-9a-f]{32}");
    }

    @Test
    void generated_ids_embed_the_creation_time_in_seconds_at_offset_8() {
        AddResult r = db.collection("todos").add(json("{'title': 'a'}"));
        String seconds = ((String) r.id()).substring(8, 16);
        assertThat(Long.parseLong(seconds, 16)).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void generated_ids_are_distinct_and_increase() {
        Object a = db.collection("todos").add(json("{}")).id();
        Object b = db.collection("todos").add(json("{}")).id();
        assertThat(a).isNotEqualTo(b);
        assertThat((String) a).isLessThan((String) b);
    }

    @Test
    void batch_add_returns_the_ids_in_order() {
        BatchAddResult r = db.collection("todos").add(List.of(json("{'_id': 'x'}"), json("{'n': 2}")));
        assertThat(r.errMsg()).isEqualTo("collection.add:ok");
        assertThat(r.ids()).hasSize(2).startsWith("x");
        assertThat(db.collection("todos").count().total()).isEqualTo(2);
    }

    @Test
    void a_batch_of_1001_documents_is_accepted() {
        List<Map<String, Object>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            docs.add(Map.of("i", i));
        }
        assertThat(db.collection("todos").add(docs).ids()).hasSize(1001);
    }

    @Test
    void get_returns_data_list_and_collection_get_ok() {
        db.collection("todos").add(json("{'_id': 't1', 'title': 'a'}"));
        GetResult r = db.collection("todos").get();
        assertThat(r.errMsg()).isEqualTo("collection.get:ok");
        assertThat(r.data()).containsExactly(json("{'_id': 't1', 'title': 'a'}"));
    }

    @Test
    void count_returns_total_and_collection_count_ok() {
        db.collection("todos").add(json("{'done': false}"));
        db.collection("todos").add(json("{'done': true}"));
        CountResult r = db.collection("todos").where(json("{'done': false}")).count();
        assertThat(r).isEqualTo(new CountResult(1, "collection.count:ok"));
    }

    @Test
    void where_update_reports_the_modified_count() {
        db.collection("todos").add(List.of(json("{'done': false}"), json("{'done': false}"),
                json("{'done': false}"), json("{'done': true}")));
        UpdateResult r = db.collection("todos").where(json("{'done': false}")).update(json("{'done': true}"));
        assertThat(r).isEqualTo(new UpdateResult(new UpdateResult.Stats(3), "collection.update:ok"));
    }

    @Test
    void where_remove_reports_the_removed_count() {
        db.collection("todos").add(List.of(json("{'done': true}"), json("{'done': true}")));
        RemoveResult r = db.collection("todos").where(json("{'done': true}")).remove();
        assertThat(r).isEqualTo(new RemoveResult(new RemoveResult.Stats(2), "collection.remove:ok"));
    }

    @Test
    void doc_get_returns_the_document_as_an_object() {
        db.collection("todos").add(json("{'_id': 't1', 'title': 'a'}"));
        DocumentResult r = db.collection("todos").doc("t1").get();
        assertThat(r).isEqualTo(new DocumentResult(json("{'_id': 't1', 'title': 'a'}"), "document.get:ok"));
    }

    @Test
    void doc_set_on_a_new_id_creates_it() {
        SetResult r = db.collection("todos").doc("u1").set(json("{'n': 1}"));
        assertThat(r).isEqualTo(new SetResult("u1", "document.set:ok", new SetResult.Stats(0, 1)));
        assertThat(db.collection("todos").doc("u1").get().data()).isEqualTo(json("{'_id': 'u1', 'n': 1}"));
    }

    @Test
    void doc_set_on_an_existing_id_replaces_everything_but_the_id() {
        db.collection("todos").add(json("{'_id': 'u1', 'a': 1, 'b': 2}"));
        SetResult r = db.collection("todos").doc("u1").set(json("{'c': 3}"));
        assertThat(r.stats()).isEqualTo(new SetResult.Stats(1, 0));
        assertThat(db.collection("todos").doc("u1").get().data()).isEqualTo(json("{'_id': 'u1', 'c': 3}"));
    }

    @Test
    void doc_update_reports_updated_one() {
        db.collection("todos").add(json("{'_id': 'u1', 'a': 1}"));
        UpdateResult r = db.collection("todos").doc("u1").update(json("{'a': 2}"));
        assertThat(r).isEqualTo(new UpdateResult(new UpdateResult.Stats(1), "document.update:ok"));
    }

    @Test
    void doc_update_of_a_missing_document_succeeds_with_zero() {
        UpdateResult r = db.collection("todos").doc("nope").update(json("{'x': 1}"));
        assertThat(r).isEqualTo(new UpdateResult(new UpdateResult.Stats(0), "document.update:ok"));
    }

    @Test
    void doc_remove_reports_removed_one_then_zero() {
        db.collection("todos").add(json("{'_id': 'u1'}"));
        assertThat(db.collection("todos").doc("u1").remove())
                .isEqualTo(new RemoveResult(new RemoveResult.Stats(1), "document.remove:ok"));
        assertThat(db.collection("todos").doc("u1").remove().stats().removed()).isZero();
    }

    @Test
    void updating_with_identical_values_counts_zero_updated() {
        db.collection("todos").add(json("{'_id': 'u1', 'a': 1, 'b': {'c': 2}}"));
        assertThat(db.collection("todos").doc("u1").update(json("{'a': 1, 'b': {'c': 2}}")).stats().updated())
                .isZero();
        assertThat(db.collection("todos").where(json("{'a': 1}")).update(json("{'a': 1}")).stats().updated())
                .isZero();
    }

    @Test
    void create_collection_returns_create_collection_ok_and_a_request_id() {
        CreateCollectionResult r = db.createCollection("orders");
        assertThat(r.errMsg()).isEqualTo("createCollection:ok");
        assertThat(r.requestId()).isNotBlank();
        assertThat(db.collection("orders").add(json("{}")).errMsg()).isEqualTo("collection.add:ok");
    }

    @Test
    void create_collection_of_an_existing_collection_fails_with_501001() {
        assertThatThrownBy(() -> db.createCollection("todos"))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.errCode()).isEqualTo(-501001);
                    assertThat(e.errMsg()).isEqualTo("createCollection:fail -501001 resource system error."
                            + " [ResourceUnavailable.ResourceExist] Table exist.");
                });
    }

    @Test
    void client_supplied_ids_may_be_strings_or_numbers_and_numbers_stay_numbers() {
        db.collection("todos").add(json("{'_id': 7, 'n': 'seven'}"));
        assertThat(db.collection("todos").doc(7).get().data().get("_id")).isEqualTo(7);
        assertThat(db.collection("todos").where(json("{'_id': 7}")).get().data()).hasSize(1);
        assertThat(db.collection("todos").where(json("{'_id': '7'}")).get().data()).isEmpty();
    }

    @Test
    void id_comes_first_and_key_order_is_preserved() {
        db.collection("todos").add(json("{'z': 1, 'a': 2, '_id': 'k', 'm': {'y': 1, 'b': 2}}"));
        Map<String, Object> doc = db.collection("todos").doc("k").get().data();
        assertThat(doc.keySet()).containsExactly("_id", "z", "a", "m");
        assertThat(((Map<?, ?>) doc.get("m")).keySet()).map(String::valueOf).containsExactly("y", "b");
    }
}
