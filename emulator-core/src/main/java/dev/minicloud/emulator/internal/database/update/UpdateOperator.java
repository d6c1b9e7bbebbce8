package dev.minicloud.emulator.internal.database.update;

import java.util.HashMap;
import java.util.Map;

/** The update operators MiniCloud applies, keyed by their wire name, as the aggregation registry keys its own. */
enum UpdateOperator {
    SET("$set"), SET_ON_INSERT("$setOnInsert"), UNSET("$unset"), INC("$inc"), MUL("$mul"), MIN("$min"), MAX("$max"),
    RENAME("$rename"), BIT("$bit"), PUSH("$push"), POP("$pop"), PULL("$pull"), PULL_ALL("$pullAll"),
    ADD_TO_SET("$addToSet"), CURRENT_DATE("$currentDate");

    private static final Map<String, UpdateOperator> BY_WIRE_NAME = new HashMap<>();

    static {
        for (UpdateOperator op : values()) {
            BY_WIRE_NAME.put(op.wireName, op);
        }
    }

    private final String wireName;

    UpdateOperator(String wireName) {
        this.wireName = wireName;
    }

    /** The operator as the wire writes it, e.g. {@code "$inc"}. */
    String wireName() {
        return wireName;
    }

    /** The operator with this wire name, or null for one MiniCloud does not know. */
    static UpdateOperator byWireName(String name) {
        return BY_WIRE_NAME.get(name);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
