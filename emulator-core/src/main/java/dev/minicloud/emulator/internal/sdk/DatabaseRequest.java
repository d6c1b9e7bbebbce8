package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import java.util.List;
import java.util.Map;

/**
 * A database request as every front door builds it: one record per shape of call. {@code where()} queries and
 * {@code doc(id)} calls are separate records because the service answers them with different messages, as the admin
 * protocol separates them with {@code queryType}.
 */
public sealed interface DatabaseRequest {
    /** The admin action this request is. */
    Operation operation();

    /** {@code where(...).get()}. */
    record GetDocuments(QuerySpec query) implements DatabaseRequest {
        public Operation operation() {
            return Operation.GET_DOCUMENT;
        }
    }

    /** {@code doc(id).get()}; {@code projection} may be null. */
    record GetDocument(String collection, Object id, Map<String, Object> projection, boolean throwOnNotFound)
            implements DatabaseRequest {
        public Operation operation() {
            return Operation.GET_DOCUMENT;
        }
    }

    /** {@code where(...).count()}. */
    record Count(QuerySpec query) implements DatabaseRequest {
        public Operation operation() {
            return Operation.CALCULATE_DOCUMENT;
        }
    }

    /** {@code add(data)}: {@code data} is one document (a map) or several (a list). */
    record Insert(String collection, Object data) implements DatabaseRequest {
        public Operation operation() {
            return Operation.INSERT_DOCUMENT;
        }
    }

    /** {@code where(...).update(data)}. */
    record UpdateDocuments(QuerySpec query, Object data, boolean multi) implements DatabaseRequest {
        public Operation operation() {
            return Operation.MODIFY_DOCUMENT;
        }
    }

    /** {@code where(...).updateAndReturn(data)}. */
    record UpdateAndReturn(QuerySpec query, Object data) implements DatabaseRequest {
        public Operation operation() {
            return Operation.MODIFY_AND_RETURN_DOC;
        }
    }

    /** {@code doc(id).update(data)}. */
    record UpdateDocument(String collection, Object id, Object data) implements DatabaseRequest {
        public Operation operation() {
            return Operation.MODIFY_DOCUMENT;
        }
    }

    /** {@code doc(id).set(data)}. */
    record SetDocument(String collection, Object id, Object data) implements DatabaseRequest {
        public Operation operation() {
            return Operation.MODIFY_DOCUMENT;
        }
    }

    /** {@code where(...).remove()}. */
    record RemoveDocuments(QuerySpec query, boolean multi) implements DatabaseRequest {
        public Operation operation() {
            return Operation.REMOVE_DOCUMENT;
        }
    }

    /** {@code doc(id).remove()}. */
    record RemoveDocument(String collection, Object id) implements DatabaseRequest {
        public Operation operation() {
            return Operation.REMOVE_DOCUMENT;
        }
    }

    /** {@code aggregate()...end()} with its stages in wire form. */
    record Aggregate(String collection, List<? extends Map<String, ?>> pipeline) implements DatabaseRequest {
        public Operation operation() {
            return Operation.AGGREGATE_DOCUMENTS;
        }
    }

    /** {@code createCollection(name)}. */
    record AddCollection(String name) implements DatabaseRequest {
        public Operation operation() {
            return Operation.ADD_COLLECTION;
        }
    }
}
