package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles aggregation expressions, MongoDB's way: {@code "$a.b"} is a field path of {@code $$CURRENT},
 * {@code "$$name.a"} a variable path, a one-key object {@code {$op: arg}} an operator, another object an object
 * expression, a list an array expression, and anything else a constant. Unknown operators and undefined variables
 * fail when compiling, as MongoDB fails when parsing the pipeline.
 *
 * <p>Immutable: {@link #define} gives a compiler that also knows some variables.
 */
public final class ExpressionCompiler {
    private static final Set<String> BUILT_IN = Set.of("ROOT", "CURRENT", "REMOVE");

    private final Set<String> variables;

    private ExpressionCompiler(Set<String> variables) {
        this.variables = variables;
    }

    /** A compiler for expressions that may use the given variables (besides ROOT, CURRENT and REMOVE). */
    public static ExpressionCompiler withVariables(Set<String> names) {
        return new ExpressionCompiler(Set.copyOf(names));
    }

    /** This compiler, also knowing {@code names}. */
    ExpressionCompiler define(String... names) {
        Set<String> all = new HashSet<>(variables);
        for (String name : names) {
            checkVariableName(name);
            all.add(name);
        }
        return new ExpressionCompiler(Set.copyOf(all));
    }

    /** MongoDB's rule for user variable names. */
    static void checkVariableName(String name) {
        if (name.isEmpty()) {
            throw Values.fail("empty variable names are not allowed");
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first < 128) {
            throw Values.fail("'" + name + "' starts with an invalid character for a user variable name");
        }
    }

    /** Compiles one expression. */
    public Expression compile(Object spec) {
        if (spec instanceof String s && s.startsWith("$")) {
            return s.startsWith("$$") ? variablePath(s.substring(2)) : fieldPath(s);
        }
        if (spec instanceof Map<?, ?> m) {
            Map<String, Object> map = Values.object(m);
            if (!map.isEmpty() && map.keySet().iterator().next().startsWith("$")) {
                return operator(map);
            }
            return object(map);
        }
        if (spec instanceof List<?> l) {
            List<Expression> elements = new ArrayList<>(l.size());
            for (Object e : l) {
                elements.add(compile(e));
            }
            return scope -> {
                List<Object> out = new ArrayList<>(elements.size());
                for (Expression e : elements) {
                    out.add(Values.orNull(e.evaluate(scope)));
                }
                return out;
            };
        }
        return scope -> spec;
    }

    private Expression operator(Map<String, Object> spec) {
        if (spec.size() != 1) {
            throw Values.fail("an expression specification must contain exactly one field, the name of the"
                    + " expression. Found " + spec.size() + " fields in " + spec);
        }
        String name = spec.keySet().iterator().next();
        Operator op = Operators.get(name);
        if (op == null) {
            throw Values.fail("Unrecognized expression '" + name + "'");
        }
        return op.compile(spec.get(name), this);
    }

    private Expression object(Map<String, Object> spec) {
        Map<String, Expression> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : spec.entrySet()) {
            if (e.getKey().startsWith("$")) {
                throw Values.fail("FieldPath field names may not start with '$'. Consider using $getField or"
                        + " $setField.");
            }
            if (e.getKey().contains(".")) {
                throw Values.fail("FieldPath field names may not contain '.'.");
            }
            fields.put(e.getKey(), compile(e.getValue()));
        }
        return scope -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Expression> f : fields.entrySet()) {
                Object v = f.getValue().evaluate(scope);
                if (v != Missing.VALUE) {
                    out.put(f.getKey(), v);
                }
            }
            return out;
        };
    }

    private Expression fieldPath(String spec) {
        if (spec.length() == 1) {
            throw Values.fail("'$' by itself is not a valid FieldPath");
        }
        String[] segments = segments(spec.substring(1));
        return scope -> Paths.resolve(scope.current(), segments, 0);
    }

    private Expression variablePath(String spec) {
        int dot = spec.indexOf('.');
        String name = dot < 0 ? spec : spec.substring(0, dot);
        if (!BUILT_IN.contains(name) && !variables.contains(name)) {
            throw Values.fail("Use of undefined variable: " + name);
        }
        if (dot < 0) {
            return scope -> scope.variable(name);
        }
        String[] segments = segments(spec.substring(dot + 1));
        return scope -> Paths.resolve(scope.variable(name), segments, 0);
    }

    private static String[] segments(String path) {
        String[] segments = path.split("\\.", -1);
        for (String s : segments) {
            if (s.isEmpty()) {
                throw Values.fail("FieldPath field names may not be empty strings.");
            }
            if (s.startsWith("$")) {
                throw Values.fail("FieldPath field names may not start with '$'.");
            }
        }
        return segments;
    }
}
