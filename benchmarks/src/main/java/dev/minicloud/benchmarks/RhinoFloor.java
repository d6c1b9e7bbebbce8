package dev.minicloud.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.NativePromise;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.json.JsonParser;

/**
 * The engine's floor under a warm call of {@code trivial}: bare Rhino (the version and settings MiniCloud uses) calls
 * the handler as Closure transpiles it, with Closure's {@code $jscomp} runtime and nothing else of MiniCloud (at most
 * how MiniCloud steps {@code async} functions): enter a context, parse the event's JSON into the realm, call the
 * handler, wait for its promise by running the microtasks, write the result as JSON, exit. Nothing a function runtime
 * adds (a budget, a time limit, a thread with a large stack, logs, the call's record) is in it.
 */
final class RhinoFloor {
    /** What Closure v20240317 emits for {@code exports.main = async (event, context) => ({ ok: true, n: event.n })}. */
    private static final String ASYNC_HANDLER = String.join("\n",
            "(function(event, context) {",
            "  return $jscomp.asyncExecutePromiseGeneratorProgram(function($jscomp$generator$context) {",
            "    return $jscomp$generator$context.return({ok:true, n:event.n});",
            "  });",
            "})");
    /** The same handler without {@code async}: what the promise machinery costs is the difference. */
    private static final String PLAIN_HANDLER = "(function(event, context) { return {ok:true, n:event.n}; })";

    private static final String RESOURCES = "/dev/minicloud/emulator/internal/js/";

    private final ContextFactory factory = new ContextFactory();
    private final TopLevel global = new TopLevel();
    private final Function asyncHandler;
    private final Function plainHandler;

    /**
     * A bare realm with Closure's runtime, compiled as MiniCloud compiles it.
     *
     * @param miniCloudSteps whether {@code async} functions step as in MiniCloud ({@code runtime/async_steps.js}, one
     *     promise reaction per {@code await}) rather than through Closure's own generator object
     */
    RhinoFloor(boolean miniCloudSteps) {
        Context cx = enter();
        try {
            cx.initSafeStandardObjects(global, false);
            cx.setInterpretedMode(false);
            cx.evaluateString(global, resource(RESOURCES + "generated/jscomp_runtime.js"), "jscomp_runtime.js", 1,
                    null);
            if (miniCloudSteps) {
                cx.evaluateString(global, resource(RESOURCES + "runtime/async_steps.js"), "async_steps.js", 1, null);
            }
            cx.setInterpretedMode(true);
            asyncHandler = (Function) cx.evaluateString(global, ASYNC_HANDLER, "index.js", 1, null);
            plainHandler = (Function) cx.evaluateString(global, PLAIN_HANDLER, "plain.js", 1, null);
        } finally {
            Context.exit();
        }
    }

    /** One warm call of the async handler, from the event's JSON to the result's. */
    String callAsync(String eventJson) {
        return call(asyncHandler, eventJson);
    }

    /** One call of the plain handler, from the event's JSON to the result's. */
    String callPlain(String eventJson) {
        return call(plainHandler, eventJson);
    }

    private String call(Function handler, String eventJson) {
        Context cx = enter();
        try {
            Object result = handler.call(cx, global, global, arguments(cx, eventJson));
            if (result instanceof NativePromise promise) {
                Object[] settled = new Object[1];
                Callable then = (Callable) ScriptableObject.getProperty(promise, "then");
                then.call(cx, global, promise, new Object[] {new LambdaFunction(global, 1,
                        (c, s, self, args) -> settled[0] = args[0])});
                cx.processMicrotasks();
                result = settled[0];
            }
            return (String) NativeJSON.stringify(cx, global, result, null, null);
        } finally {
            Context.exit();
        }
    }

    private Context enter() {
        Context cx = factory.enterContext();
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        cx.setInterpretedMode(true);
        return cx;
    }

    /** The handler's {@code (event, context)}: the event parsed from its JSON, an empty context. */
    private Object[] arguments(Context cx, String eventJson) {
        try {
            return new Object[] {new JsonParser(cx, global).parseValue(eventJson), cx.newObject(global)};
        } catch (JsonParser.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = RhinoFloor.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
