package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.DocumentReference;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.OpenApi;

/**
 * AssertJ entry points for what a cloud test checks: collections, documents, function results, {@code openapi}
 * calls and whether a client's call was denied. Failure messages show the data involved (documents, errMsg, logs)
 * so the failure explains itself.
 *
 * <pre>{@code
 * import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
 *
 * assertThat(functions.call("addTodo", Map.of("title", "a"))).succeeded().hasResultField("ok", true);
 * assertThat(db.collection("todos")).hasSize(1).containsDocumentMatching(Map.of("title", "a", "done", false));
 * assertThat(db.collection("todos").doc("t1")).hasField("owner", "o_alice");
 * assertThat(db.collection("todos")).document("t1").hasOpenId("o_alice");
 * assertThatCall(() -> bob.database().collection("todos").doc("t1").remove()).isDenied();
 * assertThat(functions.call("pay", Map.of())).failedWithErrCode(-504002);
 * assertThat(functions.openapi()).hasCalled("subscribeMessage.send", 1);
 * }</pre>
 *
 * <p>Values compare as the database compares them: {@code 1}, {@code 1L} and {@code 1.0} are the same number and a
 * {@code Date} equals the same {@code Instant}.
 */
public final class CloudAssertions {
    private CloudAssertions() {}

    /** Assertions on a collection's documents, read when each assertion runs. */
    public static CollectionAssert assertThat(CollectionReference collection) {
        return new CollectionAssert(collection);
    }

    /** Assertions on one document, read when each assertion runs. */
    public static DocumentAssert assertThat(DocumentReference document) {
        return new DocumentAssert(document);
    }

    /** Assertions on the outcome of a function call. */
    public static FunctionResultAssert assertThat(FunctionResult result) {
        return new FunctionResultAssert(result);
    }

    /**
     * Runs {@code call} once and asserts on its outcome: {@code assertThatCall(() -> todos.get()).isDenied()} for a
     * request the permissions refuse (-502003), {@code succeeded()}, {@code failedWithErrCode(code)}.
     */
    public static CallAssert assertThatCall(CloudCall call) {
        return new CallAssert(call);
    }

    /** Assertions on the {@code cloud.openapi} calls functions made. */
    public static OpenApiAssert assertThat(OpenApi openApi) {
        return new OpenApiAssert(openApi);
    }
}
