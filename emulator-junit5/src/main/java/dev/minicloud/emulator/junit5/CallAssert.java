package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.base.CloudException;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what one call does: succeed, or fail with the service's error. The call runs once, when the
 * assertion is created; a failure message shows the call's result or its errMsg.
 */
public final class CallAssert extends AbstractAssert<CallAssert, CloudCall> {
    /** The client's refusal: the API, then the backend's text, as in every database error. */
    private static final Pattern DENIED = Pattern.compile(
            "[A-Za-z.]+:fail -502003 database permission denied\\. Permission denied");
    private static final int DENIED_CODE = -502003;

    private final Object result;
    private final Throwable thrown;

    CallAssert(CloudCall call) {
        super(call, CallAssert.class);
        Object r = null;
        Throwable t = null;
        try {
            r = call.call();
        } catch (Exception e) {
            t = e;
        }
        this.result = r;
        this.thrown = t;
    }

    /**
     * The call was refused by the collection's permission or security rules: a {@link CloudException} with errCode
     * -502003 and the errMsg {@code <api>:fail -502003 database permission denied. Permission denied}. A basic mode
     * that narrows instead of refusing (a read under {@code PRIVATE}, a write to someone else's document under
     * {@code PRIVATE} or {@code READONLY}, which changes nothing) is not a denial: check its result instead.
     */
    public CallAssert isDenied() {
        CloudException e = cloudException("to be denied (-502003)");
        if (e.errCode() != DENIED_CODE || !DENIED.matcher(e.errMsg()).matches()) {
            failWithMessage("Expected the call to be denied with%n  <api>:fail -502003 database permission denied."
                    + " Permission denied%nbut it failed with errCode %s:%n  %s", e.errCode(), e.errMsg());
        }
        return this;
    }

    /** The call failed with a {@link CloudException} of this errCode. */
    public CallAssert failedWithErrCode(int errCode) {
        CloudException e = cloudException("to fail with errCode " + errCode);
        if (e.errCode() != errCode) {
            failWithMessage("Expected the call to fail with errCode %s but it failed with errCode %s:%n  %s",
                    errCode, e.errCode(), e.errMsg());
        }
        return this;
    }

    /** The call returned without an error. */
    public CallAssert succeeded() {
        if (thrown instanceof CloudException e) {
            failWithMessage("Expected the call to succeed but it failed with errCode %s:%n  %s", e.errCode(),
                    e.errMsg());
        } else if (thrown != null) {
            failWithMessage("Expected the call to succeed but it threw%n  %s", thrown);
        }
        return this;
    }

    private CloudException cloudException(String expected) {
        if (thrown == null) {
            failWithMessage("Expected the call %s but it succeeded with%n  %s", expected, result);
        }
        if (!(thrown instanceof CloudException e)) {
            failWithMessage("Expected the call %s but it threw%n  %s", expected, thrown);
            return null;
        }
        return e;
    }
}
