package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.DocumentResult;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** the exact errCode and errMsg of every database failure, and that nothing is half-written. */
class ErrorsTest extends DatabaseTest {

    private static void fails(ThrowingCallable call, int errCode, String errMsg) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(errCode);
            assertThat(e.errMsg()).isEqualTo(errMsg);
        });
    }

    private static String notExists(String api, String collection) {
        return api + ":fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist: "
                + collection + ". Please check your request, but if the problem cannot be solved, contact us.";
    }

    @Test
    void doc_get_of_a_missing_document_throws_with_errcode_minus_1() {
        fails(() -> db.collection("todos").doc("nope").get(), -1,
                "document.get:fail document with _id nope does not exist");
    }

    @Test
    void doc_get_of_a_missing_document_returns_null_data_without_throw_on_not_found() {
        DocumentResult r = db.withThrowOnNotFound(false).collection("todos").doc("nope").get();
        assertThat(r.data()).isNull();
        assertThat(r.errMsg()).isEqualTo("document.get:ok");
    }

    @Test
    void where_id_get_of_a_missing_document_returns_an_empty_list() {
        assertThat(db.collection("todos").where(Map.of("_id", "nope")).get().data()).isEmpty();
    }

    @Test
    void every_call_on_a_missing_collection_fails_with_502005_naming_the_api() {
        fails(() -> db.collection("nope").get(), -502005, notExists("collection.get", "nope"));
        fails(() -> db.collection("nope").count(), -502005, notExists("collection.count", "nope"));
        fails(() -> db.collection("nope").add(Map.of("a", 1)), -502005, notExists("collection.add", "nope"));
        fails(() -> db.collection("nope").where(Map.of("a", 1)).update(Map.of("a", 2)), -502005,
                notExists("collection.update", "nope"));
        fails(() -> db.collection("nope").where(Map.of("a", 1)).remove(), -502005,
                notExists("collection.remove", "nope"));
        fails(() -> db.collection("nope").doc("x").get(), -502005, notExists("document.get", "nope"));
        fails(() -> db.collection("nope").doc("x").set(Map.of("a", 1)), -502005, notExists("document.set", "nope"));
        fails(() -> db.collection("nope").doc("x").update(Map.of("a", 1)), -502005,
                notExists("document.update", "nope"));
        fails(() -> db.collection("nope").doc("x").remove(), -502005, notExists("document.remove", "nope"));
    }

    @Test
    void update_data_containing_id_fails_with_501007() {
        db.collection("todos").add(json("{'_id': 'd', 'a': 1}"));
        fails(() -> db.collection("todos").doc("d").update(Map.of("_id", "e")), -501007,
                "document.update:fail -501007 invalid parameters. 不能更新_id的值");
        fails(() -> db.collection("todos").doc("d").set(Map.of("_id", "e")), -501007,
                "document.set:fail -501007 invalid parameters. 不能更新_id的值");
        fails(() -> db.collection("todos").where(Map.of("a", 1)).update(Map.of("_id", "e")), -501007,
                "collection.update:fail -501007 invalid parameters. 不能更新_id的值");
        assertThat(db.collection("todos").doc("d").get().data()).isEqualTo(json("{'_id': 'd', 'a': 1}"));
    }

    @Test
    void set_with_update_commands_fails_with_502001() {
        fails(() -> db.collection("todos").doc("d").set(Map.of("a", Command.inc(1))), -502001,
                "document.set:fail -502001 database request fail. update operator complicit");
        assertThat(db.collection("todos").count().total()).isZero();
    }

    @Test
    void empty_update_data_fails_without_an_api_prefix() {
        fails(() -> db.collection("todos").doc("d").update(Map.of()), -1, "options.data must not be empty");
        fails(() -> db.collection("todos").where(Map.of("a", 1)).update(Map.of()), -1,
                "options.data must not be empty");
    }

    @Test
    void non_object_data_fails_with_the_sdk_parameter_message() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map<String, ?>> notObjects = (List) List.of("text");
        assertThatThrownBy(() -> db.collection("todos").add(notObjects))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.errCode()).isEqualTo(-1);
                    assertThat(e.errMsg()).isEqualTo("parameter.data should be object instead of string;");
                    assertThat(e.getMessage()).isEqualTo(
                            "errCode: -1 unknown error | errMsg: parameter.data should be object instead of string;");
                });
    }

    @Test
    void a_duplicate_id_on_add_fails_with_501001() {
        db.collection("todos").add(json("{'_id': 'd'}"));
        fails(() -> db.collection("todos").add(json("{'_id': 'd', 'x': 1}")), -501001,
                "collection.add:fail -501001 resource system error. [FailedOperation] E11000 duplicate key error"
                        + " collection: test-1a2b.todos index: _id_ dup key: { _id: \"d\" }");
    }

    @Test
    void a_batch_with_a_duplicate_id_adds_nothing() {
        db.collection("todos").add(json("{'_id': 'd'}"));
        assertThatThrownBy(() -> db.collection("todos").add(List.of(json("{'_id': 'new'}"), json("{'_id': 'd'}"))))
                .isInstanceOf(CloudException.class);
        assertThat(db.collection("todos").count().total()).isEqualTo(1);
    }

    @Test
    void bad_order_by_direction_throws_synchronously() {
        fails(() -> db.collection("todos").orderBy("a", "ASC"), -1, "排序字符不合法");
        fails(() -> db.collection("todos").orderBy("a", "ascending"), -1, "排序字符不合法");
    }

    @Test
    void where_with_a_non_object_throws() {
        fails(() -> db.collection("todos").where("[1, 2]"), -1, "查询参数必须为对象");
        fails(() -> db.collection("todos").where("\"text\""), -1, "查询参数必须为对象");
    }

    @Test
    void negative_skip_is_refused_by_the_backend() {
        fails(() -> db.collection("todos").skip(-1).get(), -502001,
                "collection.get:fail -502001 database request fail. skip value must be non-negative, but received:"
                        + " -1");
    }

    @Test
    void an_empty_collection_name_throws() {
        fails(() -> db.collection(""), -1, "Collection name is required");
    }

    @Test
    void a_doc_id_that_is_not_a_string_or_number_throws() {
        fails(() -> db.collection("todos").doc(Map.of()), -1, "docId必须为字符串或数字");
        fails(() -> db.collection("todos").doc(true), -1, "docId必须为字符串或数字");
    }

    @Test
    void unknown_query_operators_fail_with_502001() {
        fails(() -> db.collection("todos").where("{\"a\": {\"$foo\": 1}}").get(), -502001,
                "collection.get:fail -502001 database request fail. unknown operator: $foo");
    }

    @Test
    void dollar_field_names_in_stored_data_are_refused() {
        fails(() -> db.collection("todos").add(json("{'$bad': 1}")), -501007,
                "collection.add:fail -501007 invalid parameters. field names cannot start with '$': $bad");
    }

    @Test
    void projection_mixing_inclusion_and_exclusion_fails() {
        db.collection("todos").add(json("{'a': 1, 'b': 2}"));
        fails(() -> db.collection("todos").field(Map.of("a", true, "b", false)).get(), -502001,
                "collection.get:fail -502001 database request fail. Projection cannot have a mix of inclusion and"
                        + " exclusion.");
    }
}
