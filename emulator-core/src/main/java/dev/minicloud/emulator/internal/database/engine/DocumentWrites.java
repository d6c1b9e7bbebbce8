package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.database.command.UpdateCommand;
import dev.minicloud.emulator.internal.common.value.Frozen;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.database.query.UpdateEncoder;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import dev.minicloud.emulator.internal.database.update.PositionalIndex;
import dev.minicloud.emulator.internal.database.update.UpdateApplier;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The single-document operations, shared by plain writes and transactions: request data is checked and encoded as
 * the SDK does ({@code prepare...}), then applied to a {@link Changes}.
 */
final class DocumentWrites {
    private final FilterCompiler matcher;
    private final IdGenerator ids;
    private final String envId;

    DocumentWrites(FilterCompiler matcher, IdGenerator ids, String envId) {
        this.matcher = matcher;
        this.ids = ids;
        this.envId = envId;
    }

    /** Add data as a stored document: not flattened, {@code _id} first if given. */
    Map<String, Object> prepareNew(ValueEncoder values, Object data, String api) {
        if (!(data instanceof Map)) {
            throw SdkErrors.parameterType("data", "object", data);
        }
        DocumentLimits.checkRequest(data, DocumentLimits.INSERT_TOO_DEEP);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) values.data(data, api);
        if (fields.containsKey("_id")) {
            Object id = fields.get("_id");
            if (!(id instanceof String) && !(id instanceof Number)) {
                throw DatabaseError.invalidParameters("_id must be a string or a number");
            }
        }
        return Frozen.withId(fields.get("_id"), fields);
    }

    /** Inserts a prepared document, generating its {@code _id} if it has none; returns the id. */
    Object insert(Changes changes, Map<String, Object> doc, Instant now) {
        Object id = doc.get("_id");
        if (id == null) {
            do {
                id = ids.next(now);
            } while (changes.taken(id));
            doc = Frozen.withId(id, doc);
        } else if (changes.current(id) != null) {
            throw duplicate(changes.collection().name, id);
        }
        DocumentLimits.checkInsert(doc);
        changes.insert(id, doc);
        return id;
    }

    private DatabaseError duplicate(String collection, Object id) {
        String shown = id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
        return new DatabaseError(ErrorCode.RESOURCE_SYSTEM_ERROR, "[FailedOperation] E11000 duplicate key error"
                + " collection: " + envId + "." + collection + " index: _id_ dup key: { _id: " + shown + " }");
    }

    /** {@code doc(id).set({data})}: the replacement document, after the SDK's checks. */
    Map<String, Object> prepareSet(ValueEncoder values, Object key, Object data) {
        if (!(data instanceof Map<?, ?> map)) {
            throw SdkErrors.parameterType("data", "object", data);
        }
        if (map.containsKey("_id")) {
            throw DatabaseError.invalidParameters("不能更新_id的值");
        }
        DocumentLimits.checkRequest(map, DocumentLimits.INSERT_TOO_DEEP);
        if (containsUpdateCommand(map)) {
            throw DatabaseError.requestFail("update operator complicit");
        }
        return Frozen.withId(key, prepareNew(values, map, "document.set"));
    }

    private static boolean containsUpdateCommand(Object value) {
        if (value instanceof UpdateCommand) {
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(DocumentWrites::containsUpdateCommand);
        }
        return value instanceof List<?> l && l.stream().anyMatch(DocumentWrites::containsUpdateCommand);
    }

    /** Replaces or creates a document; an identical replacement changes nothing. */
    DatabaseEngine.SetOutcome set(Changes changes, Object key, Map<String, Object> replacement) {
        CollectionData.Entry existing = changes.current(key);
        if (existing == null) {
            DocumentLimits.checkInsert(replacement);
            changes.insert(key, replacement);
            return new DatabaseEngine.SetOutcome(key, 0, 1);
        }
        if (ValueOrder.equal(existing.doc(), replacement)) {
            return new DatabaseEngine.SetOutcome(key, 0, 0);
        }
        DocumentLimits.checkUpdated(replacement);
        changes.set(key, replacement);
        return new DatabaseEngine.SetOutcome(key, 1, 0);
    }

    /** Update data as the one update applier, after the SDK's checks in its order. */
    UpdateApplier prepareUpdate(ValueEncoder values, Object data) {
        if (!(data instanceof Map<?, ?> map)) {
            throw SdkErrors.parameterType("data", "object", data);
        }
        if (map.isEmpty()) {
            throw SdkErrors.of(SdkErrors.EMPTY_UPDATE_DATA);
        }
        if (map.containsKey("_id")) {
            throw DatabaseError.invalidParameters("不能更新_id的值");
        }
        DocumentLimits.checkRequest(map, DocumentLimits.TOO_DEEP);
        return UpdateApplier.compile(new UpdateEncoder(values).encode(map), matcher);
    }

    /** {@code doc(id).update()}: 1 if the document exists and really changed. */
    long update(Changes changes, Object key, UpdateApplier update) {
        CollectionData.Entry e = changes.current(key);
        if (e == null) {
            return 0;
        }
        UpdateApplier.Outcome outcome = update.apply(e.doc(), PositionalIndex.NONE);
        if (!outcome.modified()) {
            return 0;
        }
        DocumentLimits.checkUpdated(outcome.document());
        changes.replace(key, outcome.document());
        return 1;
    }

    /** {@code doc(id).remove()}: 1 if the document existed. */
    long remove(Changes changes, Object key) {
        if (changes.current(key) == null) {
            return 0;
        }
        changes.delete(key);
        return 1;
    }
}
