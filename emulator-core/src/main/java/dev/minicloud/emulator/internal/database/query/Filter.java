package dev.minicloud.emulator.internal.database.query;

import java.util.List;
import java.util.Map;

/** A compiled wire filter: whether a stored document matches. Immutable and thread-safe. */
@FunctionalInterface
public interface Filter {
    /** The filter of {@code where({})}. */
    Filter ALL = doc -> true;

    boolean test(Map<String, Object> doc);

    static Filter and(List<Filter> parts) {
        if (parts.isEmpty()) {
            return ALL;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Filter onOneWalk = PathTests.merged(parts);
        if (onOneWalk != null) {
            return onOneWalk;
        }
        Filter[] all = parts.toArray(new Filter[0]);
        return doc -> {
            for (Filter f : all) {
                if (!f.test(doc)) {
                    return false;
                }
            }
            return true;
        };
    }

    static Filter or(List<Filter> parts) {
        Filter[] any = parts.toArray(new Filter[0]);
        return doc -> {
            for (Filter f : any) {
                if (f.test(doc)) {
                    return true;
                }
            }
            return false;
        };
    }
}
