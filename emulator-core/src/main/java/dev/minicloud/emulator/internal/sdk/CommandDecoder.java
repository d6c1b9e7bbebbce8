package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.database.command.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON a cloud function's SDK sends back into MiniCloud's values: {@code {"$tcb_command": {kind, operator,
 * operands}}} becomes the same {@link Command} the Java API builds, so one encoder and one matcher serve both.
 * {@code {"$tcb_geo": <GeoJSON>}} becomes a {@link dev.minicloud.emulator.database.value.Geo} value. Dates, regular
 * expressions and server dates arrive already typed from {@code JsonCodec}.
 */
public final class CommandDecoder {
    private CommandDecoder() {}

    /** Decodes a JSON value a wire front door received. */
    public static Object decode(Object value) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.get("$tcb_command") instanceof Map<?, ?> c) {
                return command(c);
            }
            if (GeoTags.isTagged(m)) {
                return GeoTags.fromTagged(decode(m.values().iterator().next()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, decode(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object e : l) {
                out.add(decode(e));
            }
            return out;
        }
        return value;
    }

    private static Object command(Map<?, ?> c) {
        String operator = String.valueOf(c.get("operator"));
        List<Object> operands = new ArrayList<>();
        if (c.get("operands") instanceof List<?> l) {
            for (Object o : l) {
                operands.add(decode(o));
            }
        }
        Object first = operands.isEmpty() ? null : operands.get(0);
        return switch (operator) {
            case "eq" -> Command.eq(first);
            case "neq" -> Command.neq(first);
            case "gt" -> Command.gt(first);
            case "gte" -> Command.gte(first);
            case "lt" -> Command.lt(first);
            case "lte" -> Command.lte(first);
            case "in" -> Command.in(operands);
            case "nin" -> Command.nin(operands);
            case "all" -> Command.all(operands);
            case "elemMatch" -> Command.elemMatch(first);
            case "exists" -> Command.exists(!Boolean.FALSE.equals(first) && first != null);
            case "size" -> Command.size(first instanceof Number n ? n.intValue() : -1);
            case "mod" -> Command.mod(first instanceof List<?> l ? numbers(l) : List.of());
            case "expr" -> Command.expr(first);
            case "jsonSchema" -> Command.jsonSchema(asMap(first));
            case "geoNear" -> Command.geoNear(options(first));
            case "geoWithin" -> Command.geoWithin(options(first));
            case "geoIntersects" -> Command.geoIntersects(options(first));
            case "and" -> Command.and(operands);
            case "or" -> Command.or(operands);
            case "nor" -> Command.nor(operands);
            case "not" -> Command.not(first);
            case "set" -> Command.set(first);
            case "remove" -> Command.remove();
            case "inc" -> Command.inc(number(first));
            case "mul" -> Command.mul(number(first));
            case "min" -> Command.min(first);
            case "max" -> Command.max(first);
            case "rename" -> Command.rename(String.valueOf(first));
            case "bit" -> Command.bit(asMap(first));
            case "push" -> Command.push(operands);
            case "pop" -> Command.pop();
            case "shift" -> Command.shift();
            case "unshift" -> Command.unshift(operands);
            case "pull" -> Command.pull(first);
            case "pullAll" -> Command.pullAll(first instanceof List<?> l ? l : List.of());
            case "addToSet" -> Command.addToSet(first);
            default -> throw new IllegalArgumentException("unknown database command: " + operator);
        };
    }

    private static List<Number> numbers(List<?> l) {
        List<Number> out = new ArrayList<>(l.size());
        for (Object o : l) {
            out.add(number(o));
        }
        return out;
    }

    private static Number number(Object o) {
        if (o instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("expected a number, got " + o);
    }

    /** Geo command options; anything else stands for JavaScript's missing argument, which the checks report. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }
}
