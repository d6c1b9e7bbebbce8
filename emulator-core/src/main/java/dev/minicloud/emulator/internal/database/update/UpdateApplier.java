package dev.minicloud.emulator.internal.database.update;

import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one update applier: applies a wire update ({@code {$set: {...}, $inc: {...}, ...}}) to a stored document with
 * MongoDB's semantics and reports whether anything really changed, which is what {@code stats.updated} counts.
 *
 * <p>A compiled update is immutable and can be applied to many documents. Applying never touches the input document:
 * only the containers along changed paths are copied, and the result is frozen again.
 */
public final class UpdateApplier {
    /** The most positions an update may add to an array to reach an index, as MongoDB ({@code kMaxPaddingAllowed}). */
    public static final int MAX_BACKFILL = 1_500_000;

    /** The result of applying an update to one document. */
    public record Outcome(Map<String, Object> document, boolean modified) {}

    private final List<UpdateOperation> operations;
    private final boolean positional;
    private final FilterCompiler matcher;

    private UpdateApplier(List<UpdateOperation> operations, FilterCompiler matcher) {
        this.operations = operations;
        this.matcher = matcher;
        this.positional = operations.stream().anyMatch(op -> UpdateValidation.hasPositional(op.segments())
                || op.operator() == UpdateOperator.RENAME && op.argument() instanceof String s && s.contains(".$"));
    }

    /** Validates and compiles a wire update. */
    public static UpdateApplier compile(Map<String, Object> wire, FilterCompiler matcher) {
        List<UpdateOperation> ops = new ArrayList<>();
        for (Map.Entry<String, Object> group : wire.entrySet()) {
            String operator = group.getKey();
            UpdateOperator known = UpdateOperator.byWireName(operator);
            if (known == null) {
                throw DatabaseError.requestFail("Unknown modifier: " + operator
                        + ". Expected a valid update modifier or pipeline-style update specified as an array");
            }
            if (!(group.getValue() instanceof Map<?, ?> args)) {
                throw DatabaseError.requestFail("Modifiers operate on fields but we found type "
                        + ValueOrder.typeName(group.getValue()) + " instead. For example: {$mod: {<field>: ...}}"
                        + " not {" + operator + ": " + group.getValue() + "}");
            }
            if (args.isEmpty()) {
                throw DatabaseError.requestFail("'" + operator + "' is empty. You must specify a field like so: {"
                        + operator + ": {<field>: ...}}");
            }
            for (Map.Entry<?, ?> arg : args.entrySet()) {
                String path = (String) arg.getKey();
                ops.add(new UpdateOperation(known, path, UpdateValidation.split(path), arg.getValue()));
                UpdateValidation.validate(known, path, arg.getValue());
            }
        }
        UpdateValidation.checkConflicts(ops);
        return new UpdateApplier(ops, matcher);
    }

    /** Whether any path uses the positional operator {@code $}. */
    public boolean usesPositional() {
        return positional;
    }

    /** Whether the update contains no operation at all (update data that flattened to nothing). */
    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /**
     * Applies the update to {@code document}.
     *
     * @param positions resolves {@code $} in paths; only consulted when {@link #usesPositional()}
     */
    public Outcome apply(Map<String, Object> document, PositionalIndex positions) {
        DocumentEdit a = new DocumentEdit(document, positions, positional, matcher);
        for (UpdateOperation op : operations) {
            a.run(op);
        }
        Map<String, Object> result = a.result();
        Object id = document.get("_id");
        if (!ValueOrder.equal(id, result.get("_id")) || !result.containsKey("_id") && document.containsKey("_id")) {
            throw DatabaseError.requestFail("Performing an update on the path '_id' would modify the immutable field"
                    + " '_id'");
        }
        boolean modified = !ValueOrder.equal(document, result);
        return new Outcome(modified ? result : document, modified);
    }
}
