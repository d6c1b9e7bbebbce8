package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.command.UpdateCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's encoding of update data: nested objects flatten into dot paths, so
 * {@code {style: {color: 'blue'}}} sets only {@code style.color}; plain values become {@code $set}, commands their
 * operators, grouped per operator: {@code {$set: {...}, $inc: {...}, $push: {...}}}. Keys that already start with
 * {@code $} pass through unchanged, as the SDK sends them.
 */
public final class UpdateEncoder {
    private final ValueEncoder values;

    public UpdateEncoder(ValueEncoder values) {
        this.values = values;
    }

    /** The wire update for {@code update({data})}. */
    public Map<String, Object> encode(Map<?, ?> data) {
        Map<String, Object> flat = Flattener.flatten(data);
        for (String key : new ArrayList<>(flat.keySet())) {
            Object value = flat.get(key);
            if (key.startsWith("$")) {
                flat.put(key, values.value(value));
            } else if (value instanceof UpdateCommand c) {
                merge(flat, command(c, key), key);
            } else if (value instanceof LogicCommand c) {
                throw SdkErrors.of("query command " + c + " cannot be used in update data (field '" + key + "')");
            } else {
                merge(flat, single("$set", key, values.value(value)), key);
            }
        }
        return flat;
    }

    private Map<String, Object> command(UpdateCommand c, String path) {
        List<Object> operands = c.operands();
        Object first = operands.isEmpty() ? null : operands.get(0);
        return switch (c.operator()) {
            case "set" -> single("$set", path, values.value(first));
            case "remove" -> single("$unset", path, "");
            case "inc", "mul", "min", "max", "rename", "bit" -> single("$" + c.operator(), path, values.value(first));
            case "push" -> single("$push", path, pushModifiers(operands));
            case "unshift" -> {
                Map<String, Object> modifiers = new LinkedHashMap<>();
                modifiers.put("$each", values.value(operands));
                modifiers.put("$position", 0);
                yield single("$push", path, modifiers);
            }
            case "pop" -> single("$pop", path, 1);
            case "shift" -> single("$pop", path, -1);
            case "pull", "pullAll" -> single("$" + c.operator(), path, values.value(first));
            case "addToSet" -> single("$addToSet", path, addToSetArgument(first));
            default -> throw SdkErrors.of("unknown update command: " + c.operator());
        };
    }

    /** {@code _.push({each, position, sort, slice})} is the modifier form; anything else is a list of values. */
    private Map<String, Object> pushModifiers(List<Object> operands) {
        Map<String, Object> modifiers = new LinkedHashMap<>();
        if (operands.size() == 1 && operands.get(0) instanceof Map<?, ?> m && m.containsKey("each")) {
            modifiers.put("$each", values.value(m.get("each")));
            for (String name : List.of("position", "sort", "slice")) {
                if (m.containsKey(name)) {
                    modifiers.put("$" + name, values.value(m.get(name)));
                }
            }
        } else {
            modifiers.put("$each", values.value(operands));
        }
        return modifiers;
    }

    /** The documentation spells the multi-value form {@code each} in one place and {@code $each} in another. */
    private Object addToSetArgument(Object operand) {
        if (operand instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("each")) {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("$each", values.value(m.get("each")));
            return each;
        }
        return values.value(operand);
    }

    private static Map<String, Object> single(String operator, String path, Object argument) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(path, argument);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(operator, args);
        return out;
    }

    /** The SDK merges each encoded field into the operator group it belongs to. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> update, Map<String, Object> condition, String key) {
        update.remove(key);
        for (Map.Entry<String, Object> e : condition.entrySet()) {
            Object existing = update.get(e.getKey());
            if (existing instanceof Map<?, ?> group) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) group);
                merged.putAll((Map<String, Object>) e.getValue());
                update.put(e.getKey(), merged);
            } else {
                update.put(e.getKey(), e.getValue());
            }
        }
    }
}
