package dev.minicloud.emulator.internal.database.engine;

import java.util.Map;

/**
 * What a query builder has collected: the raw {@code where} condition (encoded when the request runs, so server
 * dates resolve then), {@code orderBy} in priority order ({@code 1} ascending, {@code -1} descending),
 * {@code limit}, {@code skip} and the normalised {@code field} projection. Any part may be null.
 */
public record QuerySpec(String collection, Object where, Map<String, Integer> orders, Integer limit, Integer skip,
        Map<String, Object> projection) {
    /** A query on the whole collection. */
    public static QuerySpec of(String collection) {
        return new QuerySpec(collection, null, null, null, null, null);
    }
}
