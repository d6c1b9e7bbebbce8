package dev.minicloud.emulator.internal.functions.runtime;

import java.util.Locale;
import java.util.TimeZone;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * The Rhino settings every function runs with: ECMAScript mode, interpreted (recursion limits are catchable and
 * instruction counting works), no Java class visible to scripts, a bounded interpreter stack, and the invocation's
 * {@link Budget} checked every {@value #OBSERVER_THRESHOLD} instructions. An explicit factory instance, never Rhino's
 * global one, so MiniCloud changes nothing for other Rhino users in the JVM.
 */
public final class SandboxContextFactory extends ContextFactory {
    static final int OBSERVER_THRESHOLD = 10_000;
    /** JavaScript calls deep, as Node's default stack allows about 10,800 simple frames. */
    static final int MAX_STACK_DEPTH = 10_000;
    /** The context thread-local holding the running invocation's {@link Budget}. */
    public static final String BUDGET = "minicloud.budget";
    /** The context thread-local holding the running invocation's clock (a {@link java.time.Clock}). */
    static final String CLOCK = "minicloud.clock";

    @Override
    protected Context makeContext() {
        Context cx = super.makeContext();
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        cx.setInterpretedMode(true);
        cx.setClassShutter(className -> false);
        cx.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        cx.setInstructionObserverThreshold(OBSERVER_THRESHOLD);
        cx.setLocale(Locale.US);
        cx.setTimeZone(TimeZone.getTimeZone("UTC"));
        cx.getWrapFactory().setJavaPrimitiveWrap(false);
        return cx;
    }

    @Override
    protected boolean hasFeature(Context cx, int featureIndex) {
        if (featureIndex == Context.FEATURE_ENHANCED_JAVA_ACCESS || featureIndex == Context.FEATURE_E4X) {
            return false;
        }
        return super.hasFeature(cx, featureIndex);
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        if (cx.getThreadLocal(BUDGET) instanceof Budget budget) {
            budget.observe();
        }
    }
}
