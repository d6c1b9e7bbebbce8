package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.LogEntry;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/** Assertions on a function call's outcome; failures show its errMsg, error stack and logs. */
public final class FunctionResultAssert extends AbstractAssert<FunctionResultAssert, FunctionResult> {

    FunctionResultAssert(FunctionResult actual) {
        super(actual, FunctionResultAssert.class);
    }

    /** The call succeeded (errCode 0). */
    public FunctionResultAssert succeeded() {
        isNotNull();
        if (!actual.succeeded()) {
            failWithMessage("Expected the call to succeed but it failed with%n  %s%n%s", actual.errMsg(), details());
        }
        return this;
    }

    /** The call failed, with any errCode. */
    public FunctionResultAssert failed() {
        isNotNull();
        if (actual.succeeded()) {
            failWithMessage("Expected the call to fail but it succeeded with%n  %s%n%s", actual.result(), details());
        }
        return this;
    }

    /** The call failed with {@code errCode}: -504002 for a thrown error, -504003 for a timeout, ... */
    public FunctionResultAssert failedWithErrCode(int errCode) {
        failed();
        if (actual.errCode() != errCode) {
            failWithMessage("Expected the call to fail with errCode %s but it failed with%n  %s%n%s", errCode,
                    actual.errMsg(), details());
        }
        return this;
    }

    /** The call failed and its errMsg contains {@code text}. */
    public FunctionResultAssert failedWithMessageContaining(String text) {
        failed();
        if (!actual.errMsg().contains(text)) {
            failWithMessage("Expected the call's errMsg to contain%n  %s%nbut it is%n  %s%n%s", text, actual.errMsg(),
                    details());
        }
        return this;
    }

    /** The call succeeded and returned {@code expected}. */
    public FunctionResultAssert hasResult(Object expected) {
        succeeded();
        if (!Values.same(actual.result(), expected)) {
            failWithMessage("Expected the call to return%n  %s%nbut it returned%n  %s", expected, actual.result());
        }
        return this;
    }

    /** The call succeeded and the field at {@code path} (dotted) of its result holds {@code expected}. */
    public FunctionResultAssert hasResultField(String path, Object expected) {
        succeeded();
        Object value = Values.at(actual.result(), path);
        if (value == Values.MISSING || !Values.same(value, expected)) {
            failWithMessage("Expected result field <%s> to be%n  %s%nbut it is%n  %s%nin%n  %s", path, expected, value,
                    actual.result());
        }
        return this;
    }

    /** The call succeeded and its result has no field at {@code path} (dotted). */
    public FunctionResultAssert doesNotHaveResultField(String path) {
        succeeded();
        if (Values.at(actual.result(), path) != Values.MISSING) {
            failWithMessage("Expected the result to have no field <%s> but it is%n  %s", path, actual.result());
        }
        return this;
    }

    /** Something the function logged contains {@code text}. */
    public FunctionResultAssert hasLogContaining(String text) {
        isNotNull();
        for (LogEntry log : actual.logs()) {
            if (log.message().contains(text)) {
                return this;
            }
        }
        failWithMessage("Expected a log containing%n  %s%nbut the logs are:%n%s", text, logs());
        return this;
    }

    /** The returned value, for any other AssertJ assertion. */
    public ObjectAssert<Object> result() {
        succeeded();
        return Assertions.assertThat(actual.result());
    }

    private String details() {
        StringBuilder s = new StringBuilder();
        if (actual.errorStack() != null) {
            s.append("stack:").append(System.lineSeparator()).append(actual.errorStack().indent(2));
        }
        return s.append("logs:").append(System.lineSeparator()).append(logs()).toString();
    }

    private String logs() {
        if (actual.logs().isEmpty()) {
            return "  (none)";
        }
        StringBuilder s = new StringBuilder();
        for (LogEntry log : actual.logs()) {
            s.append("  ").append(log).append(System.lineSeparator());
        }
        return s.toString().stripTrailing();
    }
}
