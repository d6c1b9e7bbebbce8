package dev.minicloud.emulator.internal.database.query;

/**
 * The parts of matching that need the aggregation expression evaluator or geometry: {@code $expr},
 * {@code $jsonSchema} and the geo operators. Kept behind this seam so the matcher stays one class.
 */
public interface ExpressionSupport {
    /** Support that refuses every such operator with a clear error. */
    ExpressionSupport NONE = new ExpressionSupport() {};

    default Filter expr(Object expression) {
        throw DatabaseError.requestFail("$expr is not supported here");
    }

    default Filter jsonSchema(Object schema) {
        throw DatabaseError.requestFail("$jsonSchema is not supported here");
    }

    default Filter geo(FieldPath path, String operator, Object argument) {
        throw DatabaseError.requestFail(operator + " is not supported here");
    }

    /**
     * This support with {@code $$name} variables bound for {@code $expr}, as a {@code $lookup}'s {@code let} binds
     * them for its sub-pipeline.
     */
    default ExpressionSupport withVariables(java.util.Map<String, Object> variables) {
        return this;
    }
}
