package dev.minicloud.emulator.internal.functions.runtime;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptStackElement;

/**
 * A failure as Node would print it: name, message and mapped frames. Made from whatever the function threw or
 * rejected with, without running the function's code: see {@link ThrownValue}.
 */
public record ErrorInfo(String name, String message, List<String> frames) {
    public String headline() {
        return message == null ? name : name + ": " + message;
    }

    public String render() {
        return frames.isEmpty() ? headline() : headline() + "\n" + String.join("\n", frames);
    }

    public static ErrorInfo of(RhinoException e, StackMapper stacks, ThrownValue.Reader reader) {
        if (e instanceof JavaScriptException j) {
            return of(j.getValue(), stacks, reader);
        }
        List<String> frames = new ArrayList<>();
        for (ScriptStackElement el : e.getScriptStack()) {
            String frame = stacks.frame(el.fileName, el.lineNumber, el.functionName);
            if (frame != null) {
                frames.add(frame);
            }
        }
        if (e instanceof EcmaError ecma) {
            return named(ecma.getName(), ecma.getErrorMessage(), frames);
        }
        if (e instanceof EvaluatorException ev) {
            return new ErrorInfo("SyntaxError", ev.details(), frames);
        }
        return new ErrorInfo("Error", e.details(), frames);
    }

    public static ErrorInfo of(Object thrown, StackMapper stacks, ThrownValue.Reader reader) {
        ThrownValue v = reader.read(thrown);
        return named(v.name(), v.message(), stacks.frames(v.stack()));
    }

    /** Rhino's own stack-depth error reads as Node's. */
    private static ErrorInfo named(String name, String message, List<String> frames) {
        if (name.equals("InternalError") && message != null && message.contains("Exceeded maximum stack depth")) {
            return new ErrorInfo("RangeError", "Maximum call stack size exceeded", frames);
        }
        return new ErrorInfo(name, message, frames);
    }
}
