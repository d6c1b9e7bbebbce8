package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.json.Json;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a collection. Conditions are written as for {@code where()}: a map of field values and commands, or a
 * logic command, so {@code Map.of("age", Command.gt(18))} works. The collection must exist.
 */
public final class CollectionAssert extends AbstractAssert<CollectionAssert, CollectionReference> {
    /** How many documents a failure message shows. */
    private static final int SHOWN = 10;

    CollectionAssert(CollectionReference actual) {
        super(actual, CollectionAssert.class);
    }

    /** The collection holds exactly {@code expected} documents. */
    public CollectionAssert hasSize(long expected) {
        long size = count(actual);
        if (size != expected) {
            failWithMessage("Expected collection <%s> to hold %s documents but it holds %s:%n%s", actual.name(),
                    expected, size, shown(actual));
        }
        return this;
    }

    /** The collection holds no documents. */
    public CollectionAssert isEmpty() {
        return hasSize(0);
    }

    /** At least one document matches {@code condition}. */
    public CollectionAssert containsDocumentMatching(Map<String, ?> condition) {
        return contains(actual.where(condition), condition);
    }

    /** At least one document matches {@code condition}. */
    public CollectionAssert containsDocumentMatching(LogicCommand condition) {
        return contains(actual.where(condition), condition);
    }

    /** Exactly {@code expected} documents match {@code condition}. */
    public CollectionAssert containsDocumentsMatching(Map<String, ?> condition, long expected) {
        long n = count(actual.where(condition));
        if (n != expected) {
            failWithMessage("Expected %s documents of collection <%s> to match%n  %s%nbut %s do. The collection"
                    + " holds:%n%s", expected, actual.name(), condition, n, shown(actual));
        }
        return this;
    }

    /** No document matches {@code condition}. */
    public CollectionAssert doesNotContainDocumentMatching(Map<String, ?> condition) {
        Query matching = actual.where(condition);
        if (count(matching) > 0) {
            failWithMessage("Expected no document of collection <%s> to match%n  %s%nbut these do:%n%s",
                    actual.name(), condition, shown(matching));
        }
        return this;
    }

    /** A document with this {@code _id} exists. */
    public CollectionAssert containsDocumentWithId(Object id) {
        return contains(actual.where(Map.of("_id", id)), Map.of("_id", id));
    }

    /** Assertions on the document {@code id} of this collection. */
    public DocumentAssert document(Object id) {
        isNotNull();
        return new DocumentAssert(actual.doc(id));
    }

    /** The documents in natural order (at most 1,000), for any other AssertJ list assertion. */
    public ListAssert<Map<String, Object>> documents() {
        isNotNull();
        return Assertions.assertThat(read(actual.limit(1000)));
    }

    private CollectionAssert contains(Query matching, Object condition) {
        if (count(matching) == 0) {
            failWithMessage("Expected collection <%s> to contain a document matching%n  %s%nbut none does. It holds:"
                    + "%n%s", actual.name(), condition, shown(actual));
        }
        return this;
    }

    private long count(Query query) {
        isNotNull();
        try {
            return query.count().total();
        } catch (CloudException e) {
            failWithMessage("Expected collection <%s> to be readable but %s", actual.name(), e.errMsg());
            return 0;
        }
    }

    private List<Map<String, Object>> read(Query query) {
        try {
            return query.get().data();
        } catch (CloudException e) {
            failWithMessage("Expected collection <%s> to be readable but %s", actual.name(), e.errMsg());
            return List.of();
        }
    }

    private String shown(Query query) {
        List<Map<String, Object>> docs = read(query.limit(SHOWN + 1));
        if (docs.isEmpty()) {
            return "  (no documents)";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(docs.size(), SHOWN); i++) {
            s.append("  ").append(Json.stringifyExtended(docs.get(i))).append(System.lineSeparator());
        }
        if (docs.size() > SHOWN) {
            s.append("  ...").append(System.lineSeparator());
        }
        return s.toString().stripTrailing();
    }
}
