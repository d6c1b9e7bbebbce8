package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static dev.minicloud.emulator.junit5.CloudAssertions.assertThatCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CloudAssertions pass on what holds and fail with messages that show the data. */
@CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE, openId = "o_alice")
class CloudAssertionsTest {

    @Test
    void collections_are_checked_by_size_and_by_documents_matching_a_query(Database db) {
        assertThat(db.collection("todos")).hasSize(3)
                .containsDocumentMatching(Map.of("title", "buy milk", "done", false))
                .containsDocumentMatching(Command.or(Map.of("owner", "o_bob"), Map.of("owner", "nobody")))
                .containsDocumentsMatching(Map.of("owner", "o_alice"), 2)
                .doesNotContainDocumentMatching(Map.of("owner", "o_carol"))
                .containsDocumentWithId("t3");
        assertThat(db.collection("todos")).documents().extracting(d -> d.get("_id")).containsExactly("t1", "t2", "t3");

        assertThatThrownBy(() -> assertThat(db.collection("todos")).hasSize(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected collection <todos> to hold 2 documents but it holds 3")
                .hasMessageContaining("{\"_id\":\"t1\",\"title\":\"buy milk\"");
        assertThatThrownBy(() -> assertThat(db.collection("todos")).containsDocumentMatching(Map.of("title", "x")))
                .hasMessageContaining("to contain a document matching").hasMessageContaining("{title=x}");
        assertThatThrownBy(() -> assertThat(db.collection("todos"))
                .doesNotContainDocumentMatching(Map.of("done", true)))
                .hasMessageContaining("but these do:").hasMessageContaining("\"_id\":\"t2\"");
        assertThatThrownBy(() -> assertThat(db.collection("missing")).isEmpty())
                .hasMessageContaining("Expected collection <missing> to be readable but collection.count:fail -502005");
    }

    @Test
    void documents_are_checked_field_by_field_with_database_equality(Database db) {
        assertThat(db.collection("todos").doc("t1")).exists()
                .hasField("title", "buy milk")
                .hasField("createdAt", Instant.parse("2024-03-16T09:00:00Z"))
                .hasField("createdAt", Date.from(Instant.parse("2024-03-16T09:00:00Z")))
                .doesNotHaveField("dueAt");
        db.collection("todos").doc("t1").update(Map.of("n", 1, "tags", List.of("a", "b"), "meta", Map.of("x", 2.0)));
        assertThat(db.collection("todos").doc("t1")).hasField("n", 1L).hasField("n", 1.0).hasField("tags.1", "b")
                .hasField("meta", Map.of("x", 2)).hasField("meta.x", 2);
        assertThat(db.collection("todos").doc("t1")).field("tags").asInstanceOf(LIST).hasSize(2);
        assertThat(db.collection("todos").doc("nope")).doesNotExist();
        assertThat(db.withThrowOnNotFound(false).collection("todos").doc("nope")).doesNotExist();

        assertThatThrownBy(() -> assertThat(db.collection("todos").doc("t1")).hasField("title", "other"))
                .hasMessageContaining("Expected field <title> of document <t1> to be")
                .hasMessageContaining("but it is\n  buy milk");
        assertThatThrownBy(() -> assertThat(db.collection("todos").doc("t1")).hasField("nothing", null))
                .hasMessageContaining("but it is\n  (no such field)");
        assertThatThrownBy(() -> assertThat(db.collection("todos").doc("nope")).exists())
                .hasMessage("Expected document <nope> to exist but it does not");
        assertThatThrownBy(() -> assertThat(db.collection("todos").doc("t1")).doesNotExist())
                .hasMessageContaining("Expected document <t1> not to exist");
    }

    @Test
    void function_results_are_checked_for_success_failure_result_and_logs(Functions functions) {
        FunctionResult ok = functions.call("todos", Map.of("action", "add", "title", "a"));
        assertThat(ok).succeeded().hasResultField("ok", true).hasLogContaining("todos add for o_alice")
                .doesNotHaveResultField("error").doesNotHaveResultField("ok.deeper");
        assertThat(ok).result().isInstanceOf(Map.class);
        FunctionResult bad = functions.call("todos", Map.of("action", "add"));
        assertThat(bad).failed().failedWithErrCode(-504002).failedWithMessageContaining("title is required");

        assertThatThrownBy(() -> assertThat(bad).succeeded())
                .hasMessageContaining("Expected the call to succeed but it failed with")
                .hasMessageContaining("Error: title is required")
                .hasMessageContaining("[log] todos add for o_alice");
        assertThatThrownBy(() -> assertThat(ok).failedWithErrCode(-504003))
                .hasMessageContaining("Expected the call to fail but it succeeded");
        assertThatThrownBy(() -> assertThat(bad).failedWithErrCode(-504003))
                .hasMessageContaining("to fail with errCode -504003 but it failed with");
        assertThatThrownBy(() -> assertThat(ok).hasResult(Map.of()))
                .hasMessageContaining("Expected the call to return");
        assertThatThrownBy(() -> assertThat(ok).doesNotHaveResultField("_id"))
                .hasMessageContaining("Expected the result to have no field <_id>");
        assertThatThrownBy(() -> assertThat(ok).hasLogContaining("nothing like this"))
                .hasMessageContaining("Expected a log containing");
    }

    @Test
    void openapi_calls_are_checked_by_api(Functions functions) {
        assertThat(functions.openapi()).hasNoCalls();
        functions.call("todos", Map.of("action", "notify", "title", "t"));
        assertThat(functions.openapi()).hasCalled("subscribeMessage.send").hasCalled("subscribeMessage.send", 1)
                .hasNotCalled("wxacode.getUnlimited");
        assertThat(functions.openapi()).lastCallTo("subscribeMessage.send").containsEntry("touser", "o_alice")
                .containsEntry("templateId", "tpl-1");

        assertThatThrownBy(() -> assertThat(functions.openapi()).hasCalled("wxacode.getUnlimited"))
                .hasMessageContaining("Expected a call to openapi.wxacode.getUnlimited but the calls were")
                .hasMessageContaining("subscribeMessage.send from todos");
        assertThatThrownBy(() -> assertThat(functions.openapi()).hasNoCalls())
                .hasMessageContaining("Expected no openapi calls");
    }

    @Test
    @CollectionPermission(collection = "notes", value = Permission.ADMINWRITE)
    void is_denied_and_has_open_id_fail_when_the_call_went_through_or_the_creator_differs(CloudClient alice,
            Database db) {
        db.createCollection("notes");
        Object id = db.collection("notes").add(Map.of("_openid", "o_bob", "text", "bob's")).id();
        assertThatCall(() -> alice.database().collection("notes").add(Map.of("text", "x"))).isDenied();

        assertThatThrownBy(() -> assertThatCall(() -> alice.database().collection("notes").get()).isDenied())
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatCall(() -> alice.database().collection("notes").doc("none").get())
                .isDenied()).isInstanceOf(AssertionError.class).hasMessageContaining("-1");
        assertThat(db.collection("notes")).document(id).hasOpenId("o_bob");
        assertThatThrownBy(() -> assertThat(db.collection("notes")).document(id).hasOpenId("o_alice"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("o_bob");
    }
}
