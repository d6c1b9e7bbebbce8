package dev.minicloud.emulator.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Sends a request to a server the test runs on 127.0.0.1, never anywhere else, within the function's budget. */
final class LoopbackForwarder {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

    /** Made on the first forward: a client starts a thread, and most environments never forward. */
    private HttpClient client;

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }
        return client;
    }

    StubResponse forward(int port, String method, String url, Map<String, String> headers, byte[] body,
            Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            return StubResponse.fault(HttpFault.NO_RESPONSE);
        }
        URI original = URI.create(url);
        String pathAndQuery = (original.getRawPath() == null || original.getRawPath().isEmpty() ? "/"
                : original.getRawPath()) + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(budget)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!RESTRICTED.contains(name)) {
                request.header(name, value);
            }
        });
        request.header("X-Forwarded-Host", original.getHost() == null ? "" : original.getHost());
        try {
            HttpResponse<byte[]> response = client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> out = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                    out.put(name, String.join(", ", values));
                }
            });
            return new StubResponse(response.statusCode(), out, response.body(), Duration.ZERO, null);
        } catch (HttpTimeoutException e) {
            return StubResponse.fault(HttpFault.NO_RESPONSE);
        } catch (ConnectException e) {
            return StubResponse.fault(HttpFault.CONNECTION_REFUSED);
        } catch (IOException e) {
            return StubResponse.fault(HttpFault.CONNECTION_RESET);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StubResponse.fault(HttpFault.NO_RESPONSE);
        }
    }
}
