package dev.minicloud.emulator.internal.database.aggregate;

import java.util.HashMap;
import java.util.Map;

/** Every expression operator by its wire name, gathered from the operator families once. */
final class Operators {
    private static final Map<String, Operator> ALL = build();

    private Operators() {}

    private static Map<String, Operator> build() {
        Registry registry = new Registry();
        ArithmeticOperators.register(registry);
        ArrayOperators.register(registry);
        BooleanOperators.register(registry);
        ComparisonOperators.register(registry);
        ConditionalOperators.register(registry);
        DateOperators.register(registry);
        ObjectOperators.register(registry);
        SetOperators.register(registry);
        StringOperators.register(registry);
        TypeOperators.register(registry);
        Accumulators.registerExpressions(registry);
        return Map.copyOf(registry.operators);
    }

    /** The operator named {@code name} (with its {@code $}), or null. */
    static Operator get(String name) {
        return ALL.get(name);
    }

    /** Collects operators, refusing a name registered twice. */
    static final class Registry {
        private final Map<String, Operator> operators = new HashMap<>();

        void add(String name, Operator operator) {
            if (operators.put("$" + name, operator) != null) {
                throw new IllegalStateException("operator registered twice: $" + name);
            }
        }
    }
}
