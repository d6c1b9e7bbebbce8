package dev.minicloud.emulator.http;

import dev.minicloud.emulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * One HTTP request a function sent, as {@link HttpStubs#requests()} records it.
 *
 * @param function the function that sent it
 * @param at when it was sent, on the environment's clock
 * @param method the method, upper case
 * @param url the full URL, query included
 * @param headers the headers, names in lower case
 * @param body the body bytes (empty without one)
 * @param answeredBy what answered: {@code "stub <n>"} (in the order stubs were added, from 1), {@code "forwarded"}
 *     or {@code "unmatched"}
 */
public record RecordedRequest(String function, Instant at, String method, String url, Map<String, String> headers,
        byte[] body, String answeredBy) {

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON, as plain Java values. */
    public Object bodyJson() {
        return Json.parse(bodyText());
    }

    /** The URL without its query. */
    public String urlWithoutQuery() {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** A header's value, by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return method + " " + url + (body.length == 0 ? "" : " (" + body.length + " bytes)") + " -> " + answeredBy;
    }
}
