package dev.minicloud.emulator.internal.database.aggregate;

/** Compiles the argument of one expression operator, as in {@code {$add: [...]}}. */
@FunctionalInterface
interface Operator {
    Expression compile(Object argument, ExpressionCompiler compiler);
}
