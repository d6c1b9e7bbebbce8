package dev.minicloud.emulator.internal.database.schema;

import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The {@code $jsonSchema} keywords about array elements: items, additionalItems, and uniqueness. */
final class ArrayKeywords {
    private ArrayKeywords() {}

    /**
     * {@code items} as one schema checks every element, as an array of schemas the elements at those positions;
     * {@code additionalItems} (false, or a schema) then covers the elements beyond them.
     */
    static Predicate<Object> items(String keyword, Object arg, Map<String, Object> siblings,
            Function<Object, Predicate<Object>> schema) {
        if (keyword.equals("additionalItems")) {
            if (!(siblings.get("items") instanceof List<?> positional)) {
                return null;
            }
            Predicate<Object> extra = arg instanceof Boolean b ? v -> b : schema.apply(arg);
            int covered = positional.size();
            return v -> {
                if (!(v instanceof List<?> l)) {
                    return true;
                }
                for (int i = covered; i < l.size(); i++) {
                    if (!extra.test(l.get(i))) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (arg instanceof List<?> specs) {
            List<Predicate<Object>> positional = new ArrayList<>();
            for (Object s : specs) {
                positional.add(schema.apply(s));
            }
            return v -> {
                if (!(v instanceof List<?> l)) {
                    return true;
                }
                for (int i = 0; i < Math.min(l.size(), positional.size()); i++) {
                    if (!positional.get(i).test(l.get(i))) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (!(arg instanceof Map)) {
            throw DatabaseError.requestFail("$jsonSchema keyword 'items' must be an array or an object");
        }
        Predicate<Object> each = schema.apply(arg);
        return v -> !(v instanceof List<?> l) || l.stream().allMatch(each);
    }

    static boolean unique(List<?> l) {
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size(); j++) {
                if (ValueOrder.equal(l.get(i), l.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
