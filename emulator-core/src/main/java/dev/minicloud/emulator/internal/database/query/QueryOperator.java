package dev.minicloud.emulator.internal.database.query;

import java.util.HashMap;
import java.util.Map;

/**
 * The query operators the matcher knows, keyed by their wire name, as the aggregation registry keys its own:
 * top-level ones combine whole conditions, the others test one path.
 */
enum QueryOperator {
    AND("$and", true), OR("$or", true), NOR("$nor", true), EXPR("$expr", true), JSON_SCHEMA("$jsonSchema", true),
    COMMENT("$comment", true),
    EQ("$eq", false), NE("$ne", false), GT("$gt", false), GTE("$gte", false), LT("$lt", false), LTE("$lte", false),
    IN("$in", false), NIN("$nin", false), ALL("$all", false), ELEM_MATCH("$elemMatch", false),
    EXISTS("$exists", false), SIZE("$size", false), MOD("$mod", false), REGEX("$regex", false),
    OPTIONS("$options", false), NOT("$not", false), NEAR_SPHERE("$nearSphere", false),
    GEO_WITHIN("$geoWithin", false), GEO_INTERSECTS("$geoIntersects", false);

    private static final Map<String, QueryOperator> BY_WIRE_NAME = new HashMap<>();

    static {
        for (QueryOperator op : values()) {
            BY_WIRE_NAME.put(op.wireName, op);
        }
    }

    private final String wireName;
    private final boolean topLevel;

    QueryOperator(String wireName, boolean topLevel) {
        this.wireName = wireName;
        this.topLevel = topLevel;
    }

    String wireName() {
        return wireName;
    }

    /** The top-level operator with this wire name, or null. */
    static QueryOperator topLevel(String name) {
        QueryOperator op = BY_WIRE_NAME.get(name);
        return op != null && op.topLevel ? op : null;
    }

    /** The path operator with this wire name, or null. */
    static QueryOperator onPath(String name) {
        QueryOperator op = BY_WIRE_NAME.get(name);
        return op != null && !op.topLevel ? op : null;
    }
}
