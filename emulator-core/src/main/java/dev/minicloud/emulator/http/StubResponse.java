package dev.minicloud.emulator.http;

import dev.minicloud.emulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a stub answers: a status, headers and a body, optionally after a delay on the environment's clock; or a
 * {@link HttpFault}. Immutable.
 *
 * <pre>{@code
 * StubResponse.json(200, Map.of("access_token", "t", "expires_in", 7200)).withDelay(Duration.ofMillis(300));
 * StubResponse.fault(HttpFault.CONNECTION_RESET);
 * }</pre>
 *
 * @param status the HTTP status (0 for a fault)
 * @param headers the response headers, as sent
 * @param body the body bytes
 * @param delay how long the server takes to answer, on the environment's clock (a frozen clock jumps)
 * @param fault the network failure instead of a response, or null
 */
public record StubResponse(int status, Map<String, String> headers, byte[] body, Duration delay, HttpFault fault) {

    public StubResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
    }

    /** An empty response with {@code status}. */
    public static StubResponse status(int status) {
        return new StubResponse(status, Map.of(), new byte[0], Duration.ZERO, null);
    }

    /** {@code value} (plain Java values) as JSON, with {@code Content-Type: application/json}. */
    public static StubResponse json(int status, Object value) {
        return bytes(status, Json.stringify(value).getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
    }

    /** Text, with {@code Content-Type: text/plain; charset=utf-8}. */
    public static StubResponse text(int status, String text) {
        return bytes(status, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    /** Bytes with a content type. */
    public static StubResponse bytes(int status, byte[] body, String contentType) {
        return new StubResponse(status, Map.of("Content-Type", contentType), body.clone(), Duration.ZERO, null);
    }

    /** No response but a network failure. */
    public static StubResponse fault(HttpFault fault) {
        return new StubResponse(0, Map.of(), new byte[0], Duration.ZERO, Objects.requireNonNull(fault, "fault"));
    }

    /** The same response with one more header. */
    public StubResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new StubResponse(status, h, body, delay, fault);
    }

    /** The same response, sent after {@code delay} on the environment's clock. */
    public StubResponse withDelay(Duration delay) {
        return new StubResponse(status, headers, body, delay, fault);
    }
}
