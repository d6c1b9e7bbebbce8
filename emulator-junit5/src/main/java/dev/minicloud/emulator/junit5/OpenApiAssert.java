package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.functions.call.OpenApi;
import dev.minicloud.emulator.functions.call.OpenApiCall;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;

/** Assertions on the {@code cloud.openapi} calls the environment's functions made, by api name. */
public final class OpenApiAssert extends AbstractAssert<OpenApiAssert, OpenApi> {

    OpenApiAssert(OpenApi actual) {
        super(actual, OpenApiAssert.class);
    }

    /** At least one call to {@code api} ({@code "<module>.<method>"}) was made. */
    public OpenApiAssert hasCalled(String api) {
        if (calls(api).isEmpty()) {
            failWithMessage("Expected a call to openapi.%s but the calls were%n  %s", api, apis());
        }
        return this;
    }

    /** Exactly {@code times} calls to {@code api} were made. */
    public OpenApiAssert hasCalled(String api, int times) {
        int n = calls(api).size();
        if (n != times) {
            failWithMessage("Expected %s calls to openapi.%s but there were %s; the calls were%n  %s", times, api, n,
                    apis());
        }
        return this;
    }

    /** No call to {@code api} was made. */
    public OpenApiAssert hasNotCalled(String api) {
        return hasCalled(api, 0);
    }

    /** No openapi call at all was made. */
    public OpenApiAssert hasNoCalls() {
        isNotNull();
        if (!actual.calls().isEmpty()) {
            failWithMessage("Expected no openapi calls but there were%n  %s", apis());
        }
        return this;
    }

    /** The parameters of the last call to {@code api}, for any other AssertJ map assertion. */
    public MapAssert<String, Object> lastCallTo(String api) {
        hasCalled(api);
        List<OpenApiCall> calls = calls(api);
        Map<String, Object> params = calls.get(calls.size() - 1).params();
        return Assertions.assertThat(params);
    }

    private List<OpenApiCall> calls(String api) {
        isNotNull();
        return actual.calls(api);
    }

    private List<String> apis() {
        return actual.calls().stream().map(c -> c.api() + " from " + c.function()).toList();
    }
}
