package dev.minicloud.emulator.internal.database.update;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What MongoDB refuses in an update before touching any document: empty or NUL field names in paths, arguments of
 * the wrong type, values that cannot be stored ({@code $}-prefixed, dotted, empty or NUL keys) and two operations
 * on overlapping paths.
 */
final class UpdateValidation {
    private UpdateValidation() {}

    static String[] split(String path) {
        String[] segments = path.split("\\.", -1);
        for (String s : segments) {
            if (s.isEmpty()) {
                throw DatabaseError.requestFail("An update path '" + path + "' contains an empty field name,"
                        + " which is not allowed.");
            }
            if (s.indexOf('\0') >= 0) {
                throw DatabaseError.requestFail("An update path '" + path.replace("\0", "\\u0000")
                        + "' contains a NUL character, which is not allowed.");
            }
        }
        return segments;
    }

    static void validate(UpdateOperator operator, String path, Object arg) {
        switch (operator) {
            case INC, MUL -> {
                if (!(arg instanceof Number)) {
                    String verb = operator == UpdateOperator.INC ? "increment" : "multiply";
                    throw DatabaseError.requestFail("Cannot " + verb + " with non-numeric argument: {" + path + ": "
                            + arg + "}");
                }
            }
            case RENAME -> {
                if (!(arg instanceof String target) || target.isEmpty()) {
                    throw DatabaseError.requestFail("The 'to' field for $rename must be a string: " + path + ": "
                            + arg);
                }
                if (target.equals(path)) {
                    throw DatabaseError.requestFail("The source and target field for $rename must differ: "
                            + path + ": \"" + target + "\"");
                }
                split(target);
            }
            case POP -> {
                if (!(arg instanceof Number n) || (n.doubleValue() != 1 && n.doubleValue() != -1)) {
                    throw DatabaseError.requestFail("$pop expects 1 or -1, found: " + arg);
                }
            }
            case PULL_ALL -> {
                if (!(arg instanceof List)) {
                    throw DatabaseError.requestFail("$pullAll requires an array argument but was given a "
                            + ValueOrder.typeName(arg));
                }
            }
            case BIT -> {
                if (!(arg instanceof Map<?, ?> m) || m.isEmpty()) {
                    throw DatabaseError.requestFail("The $bit modifier is not compatible with a "
                            + ValueOrder.typeName(arg) + ". You must pass in an embedded document: "
                            + "{$bit: {field: {and/or/xor: #}}");
                }
            }
            default -> {
                // Other operators accept any argument; problems show when applied.
            }
        }
        for (Object stored : storedValues(operator, arg)) {
            checkStorable(stored, path);
        }
    }

    /** The values an operation writes into the document, which must be valid field names all the way down. */
    private static List<?> storedValues(UpdateOperator operator, Object arg) {
        return switch (operator) {
            case SET, SET_ON_INSERT, MIN, MAX -> List.of(arg == null ? Missing.VALUE : arg);
            case PUSH, ADD_TO_SET -> arg instanceof Map<?, ?> m && m.get("$each") instanceof List<?> each
                    ? each : Collections.singletonList(arg);
            default -> List.of();
        };
    }

    private static void checkStorable(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = (String) e.getKey();
                if (key.isEmpty()) {
                    throw DatabaseError.requestFail("The empty field name in '" + path + "' is not valid for storage.");
                }
                if (key.indexOf('\0') >= 0) {
                    throw DatabaseError.requestFail("The field '" + key.replace("\0", "\\u0000") + "' in '" + path
                            + "' holds a NUL character and is not valid for storage.");
                }
                if (key.startsWith("$")) {
                    throw DatabaseError.requestFail("The dollar ($) prefixed field '" + key + "' in '" + path + "."
                            + key + "' is not valid for storage.");
                }
                if (key.indexOf('.') >= 0) {
                    throw DatabaseError.requestFail("The dotted field '" + key + "' in '" + path + "." + key
                            + "' is not valid for storage.");
                }
                checkStorable(e.getValue(), path + "." + key);
            }
        } else if (value instanceof List<?> l) {
            for (Object e : l) {
                checkStorable(e, path);
            }
        }
    }

    static void checkConflicts(List<UpdateOperation> ops) {
        List<String[]> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (UpdateOperation op : ops) {
            paths.add(op.segments());
            names.add(op.path());
            if (op.operator() == UpdateOperator.RENAME) {
                String target = (String) op.argument();
                paths.add(split(target));
                names.add(target);
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                int common = prefixLength(paths.get(i), paths.get(j));
                if (common == Math.min(paths.get(i).length, paths.get(j).length)) {
                    String shorter = paths.get(i).length <= paths.get(j).length ? names.get(i) : names.get(j);
                    String longer = shorter == names.get(i) ? names.get(j) : names.get(i);
                    throw DatabaseError.requestFail("Updating the path '" + longer
                            + "' would create a conflict at '" + shorter + "'");
                }
            }
        }
    }

    private static int prefixLength(String[] a, String[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i].equals(b[i])) {
            i++;
        }
        return i;
    }

    static boolean hasPositional(String[] segments) {
        for (String s : segments) {
            if (s.equals("$")) {
                return true;
            }
        }
        return false;
    }
}
