package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.DocumentReference;
import dev.minicloud.emulator.json.Json;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.ObjectAssert;

/** Assertions on one document, read afresh by each assertion. Fields are named by dotted paths: {@code "a.b.0"}. */
public final class DocumentAssert extends AbstractAssert<DocumentAssert, DocumentReference> {

    DocumentAssert(DocumentReference actual) {
        super(actual, DocumentAssert.class);
    }

    /** The document exists. */
    public DocumentAssert exists() {
        read();
        return this;
    }

    /** The document does not exist. */
    public DocumentAssert doesNotExist() {
        Map<String, Object> doc = readOrNull();
        if (doc != null) {
            failWithMessage("Expected document <%s> not to exist but it is%n  %s", actual.id(),
                    Json.stringifyExtended(doc));
        }
        return this;
    }

    /** The field at {@code path} holds {@code expected}. */
    public DocumentAssert hasField(String path, Object expected) {
        Map<String, Object> doc = read();
        Object value = Values.at(doc, path);
        if (value == Values.MISSING || !Values.same(value, expected)) {
            failWithMessage("Expected field <%s> of document <%s> to be%n  %s%nbut it is%n  %s%nin%n  %s", path,
                    actual.id(), expected, value, Json.stringifyExtended(doc));
        }
        return this;
    }

    /**
     * The document was created by the mini-program user {@code openId}: its {@code _openid}, which the service
     * stamps on what a client adds and which no client can change, is theirs.
     */
    public DocumentAssert hasOpenId(String openId) {
        Map<String, Object> doc = read();
        Object owner = doc.get("_openid");
        if (!openId.equals(owner)) {
            failWithMessage("Expected document <%s> to belong to <%s> but its _openid is %s:%n  %s", actual.id(),
                    openId, owner == null ? "missing (an admin wrote it)" : "<" + owner + ">",
                    Json.stringifyExtended(doc));
        }
        return this;
    }

    /** The document has no field at {@code path}. */
    public DocumentAssert doesNotHaveField(String path) {
        Map<String, Object> doc = read();
        if (Values.at(doc, path) != Values.MISSING) {
            failWithMessage("Expected document <%s> to have no field <%s> but it is%n  %s", actual.id(), path,
                    Json.stringifyExtended(doc));
        }
        return this;
    }

    /** The whole document, for any other AssertJ map assertion. */
    public MapAssert<String, Object> data() {
        return Assertions.assertThat(read());
    }

    /** The value at {@code path} (null if missing), for any other AssertJ assertion. */
    public ObjectAssert<Object> field(String path) {
        Object value = Values.at(read(), path);
        return Assertions.assertThat(value == Values.MISSING ? null : value);
    }

    private Map<String, Object> read() {
        Map<String, Object> doc = readOrNull();
        if (doc == null) {
            failWithMessage("Expected document <%s> to exist but it does not", actual.id());
        }
        return doc;
    }

    private Map<String, Object> readOrNull() {
        isNotNull();
        try {
            return actual.get().data();
        } catch (CloudException e) {
            if (e.errMsg().endsWith("does not exist")) {
                return null;
            }
            failWithMessage("Expected document <%s> to be readable but %s", actual.id(), e.errMsg());
            return null;
        }
    }
}
