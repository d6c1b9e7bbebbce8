package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.Map;

/**
 * What an expression sees: {@code $$ROOT} (the document a stage works on), {@code $$CURRENT} (the value field paths
 * start from, the root unless rebound) and the variables bound by {@code $let}, {@code $map}, {@code $filter},
 * {@code $reduce} and a {@code $lookup}'s {@code let}. Immutable: binding a variable makes a child scope.
 */
public final class Scope {
    private final Map<String, Object> root;
    private final String name;
    private final Object value;
    private final Scope parent;

    private Scope(Map<String, Object> root, String name, Object value, Scope parent) {
        this.root = root;
        this.name = name;
        this.value = value;
        this.parent = parent;
    }

    /** The scope of one document with the given variables bound. */
    public static Scope of(Map<String, Object> root, Map<String, Object> variables) {
        Scope scope = new Scope(root, null, null, null);
        for (Map.Entry<String, Object> v : variables.entrySet()) {
            scope = scope.with(v.getKey(), v.getValue());
        }
        return scope;
    }

    /** This scope with one more variable; it hides an outer variable of the same name. */
    public Scope with(String variable, Object bound) {
        return new Scope(root, variable, bound, this);
    }

    /** {@code $$ROOT}. */
    public Map<String, Object> root() {
        return root;
    }

    /** {@code $$CURRENT}: where {@code "$field"} paths start. */
    Object current() {
        return variable("CURRENT");
    }

    /** A variable's value; the compiler has checked that it is defined. */
    Object variable(String variable) {
        for (Scope s = this; s != null; s = s.parent) {
            if (variable.equals(s.name)) {
                return s.value;
            }
        }
        return switch (variable) {
            case "ROOT", "CURRENT" -> root;
            default -> Missing.VALUE;
        };
    }
}
