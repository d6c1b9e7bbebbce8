package dev.minicloud.emulator.functions.call;

import dev.minicloud.emulator.base.CloudException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recording stub behind {@code cloud.openapi}: WeChat's server APIs need WeChat's servers, so MiniCloud records
 * every call and answers what the test decided, by default {@code {errCode: 0, errMsg: "openapi.<api>:ok"}}.
 *
 * <pre>{@code
 * env.functions().openapi().respond("wxacode.getUnlimited", Map.of("errCode", 0, "contentType", "image/png"));
 * env.functions().call("share", Map.of());
 * assertThat(env.functions().openapi().calls("wxacode.getUnlimited")).hasSize(1);
 * }</pre>
 *
 * <p>Thread-safe; each environment has its own.
 */
public final class OpenApi {
    private record Answer(Map<String, Object> response, CloudException failure) {}

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<OpenApiCall> calls = Collections.synchronizedList(new ArrayList<>());

    /** Makes calls to {@code api} ({@code "<module>.<method>"}) resolve with {@code response}. */
    public void respond(String api, Map<String, ?> response) {
        answers.put(Objects.requireNonNull(api, "api"), new Answer(new LinkedHashMap<>(response), null));
    }

    /** Makes calls to {@code api} reject with this errCode and errMsg, e.g. -604101 or 43101. */
    public void fail(String api, int errCode, String errMsg) {
        answers.put(Objects.requireNonNull(api, "api"), new Answer(null, new CloudException(errCode, errMsg)));
    }

    /** Every call so far, in order. */
    public List<OpenApiCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The calls to one api, in order. */
    public List<OpenApiCall> calls(String api) {
        return calls().stream().filter(c -> c.api().equals(api)).toList();
    }

    /** Forgets the calls and the configured answers. */
    public void reset() {
        calls.clear();
        answers.clear();
    }

    /** Records a call and returns its answer; for the function runtime. */
    public Map<String, Object> handle(String api, Map<String, Object> params, String function) {
        calls.add(new OpenApiCall(api, params, function));
        Answer answer = answers.get(api);
        if (answer == null) {
            Map<String, Object> ok = new LinkedHashMap<>();
            ok.put("errCode", 0);
            ok.put("errMsg", "openapi." + api + ":ok");
            return ok;
        }
        if (answer.failure() != null) {
            throw answer.failure();
        }
        return new LinkedHashMap<>(answer.response());
    }
}
