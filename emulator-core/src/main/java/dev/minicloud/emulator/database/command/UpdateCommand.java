package dev.minicloud.emulator.database.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An update operation on one field ({@code inc}, {@code push}, {@code remove}, ...), created by {@link Command} and
 * placed as a value in update data:
 *
 * <pre>{@code
 * db.collection("todos").doc(id).update(Map.of("progress", Command.inc(10), "tags", Command.push("done")));
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class UpdateCommand {
    private final String operator;
    private final List<Object> operands;

    UpdateCommand(String operator, List<?> operands) {
        this.operator = operator;
        this.operands = Collections.unmodifiableList(new ArrayList<>(operands));
    }

    /** The SDK's name of the operator, for example {@code "inc"} or {@code "addToSet"}. */
    public String operator() {
        return operator;
    }

    /** The operands as given. */
    public List<Object> operands() {
        return operands;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateCommand c && c.operator.equals(operator) && c.operands.equals(operands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, operands);
    }

    @Override
    public String toString() {
        return "_." + operator + operands;
    }
}
