package dev.minicloud.emulator.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The environment's outbound HTTP: every request a function sends with {@code http}, {@code https} or a client
 * built on them (axios, request, got, node-fetch) comes here, never to the network. Stubs answer it, in the style of
 * WireMock; every request is recorded for assertions; a request no stub matches fails in the function with a message
 * listing the nearest stubs, unless the test forwards such requests to a server it runs on 127.0.0.1.
 *
 * <pre>{@code
 * env.http().stub(RequestPattern.get("https://api.example.com/weather*").withQuery("city", "Shenzhen"),
 *         StubResponse.json(200, Map.of("temp", 24)));
 * env.functions().call("forecast", Map.of("city", "Shenzhen"));
 * assertThat(env.http().requests()).singleElement().extracting(RecordedRequest::url)
 *         .isEqualTo("https://api.example.com/weather?city=Shenzhen");
 * }</pre>
 *
 * <p>When several stubs match, the one added last answers, so a test can override a default. Thread-safe; each
 * environment has its own; {@code CloudEnvironment.reset()} forgets stubs, requests and forwarding.
 */
public final class HttpStubs {
    private record Stub(RequestPattern pattern, StubResponse response) {}

    private final Clock clock;
    private final List<Stub> stubs = new ArrayList<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final LoopbackForwarder forwarder = new LoopbackForwarder();
    private int forwardPort;

    /** Used by the environment; tests get theirs from {@code CloudEnvironment.http()}. */
    public HttpStubs(Clock clock) {
        this.clock = clock;
    }

    /** Answers requests matching {@code when} with {@code then}; returns this, to chain stubs. */
    public synchronized HttpStubs stub(RequestPattern when, StubResponse then) {
        stubs.add(new Stub(Objects.requireNonNull(when, "when"), Objects.requireNonNull(then, "then")));
        return this;
    }

    /**
     * Sends requests no stub matches to {@code http://127.0.0.1:<port>} (same method, path, query, headers and
     * body) instead of failing them: for a fake server the test runs. Only loopback is ever reached.
     */
    public synchronized HttpStubs forwardUnmatchedTo(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535: " + port);
        }
        forwardPort = port;
        return this;
    }

    /** Every request the functions sent, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests that match {@code pattern}, oldest first. */
    public synchronized List<RecordedRequest> requests(RequestPattern pattern) {
        return requests.stream().filter(pattern::matches).toList();
    }

    /** The requests no stub matched (failed in the function, or forwarded), oldest first. */
    public synchronized List<RecordedRequest> unmatched() {
        return requests.stream().filter(r -> !r.answeredBy().startsWith("stub")).toList();
    }

    /**
     * The stubs in the order added, one line each, for reports: {@code stub 1 GET https://api.x.com/w [?city=Shenzhen]
     * -> 200, 11 bytes}.
     */
    public synchronized List<String> describeStubs() {
        return IntStream.range(0, stubs.size()).mapToObj(i -> "stub " + (i + 1) + " " + stubs.get(i).pattern()
                + " -> " + describe(stubs.get(i).response())).toList();
    }

    /** What {@code request} would fail with if no stub matched it: the nearest stubs and why each missed. */
    public synchronized String nearMissesOf(RecordedRequest request) {
        return nearMisses(request);
    }

    private static String describe(StubResponse r) {
        String answer = r.fault() != null ? "fault " + r.fault() : r.status() + ", " + r.body().length + " bytes";
        return r.delay().isZero() ? answer : answer + " after " + r.delay();
    }

    /** Forgets stubs, requests and forwarding. */
    public synchronized void reset() {
        stubs.clear();
        requests.clear();
        forwardPort = 0;
    }

    /**
     * Answers one request of a function; used by the function runtime.
     *
     * @param budget how long the function may still run: a forwarded request waits no longer
     * @throws UnmatchedRequestException if no stub matches and nothing forwards
     */
    public StubResponse exchange(String function, String method, String url, Map<String, String> headers,
            byte[] body, Duration budget) {
        int port;
        synchronized (this) {
            RecordedRequest probe = new RecordedRequest(function, clock.instant(), method, url, headers, body, "");
            for (int i = stubs.size() - 1; i >= 0; i--) {
                if (stubs.get(i).pattern().matches(probe)) {
                    requests.add(answered(probe, "stub " + (i + 1)));
                    return stubs.get(i).response();
                }
            }
            port = forwardPort;
            requests.add(answered(probe, port == 0 ? "unmatched" : "forwarded"));
            if (port == 0) {
                throw new UnmatchedRequestException(nearMisses(probe));
            }
        }
        return forwarder.forward(port, method, url, headers, body, budget);
    }

    private static RecordedRequest answered(RecordedRequest r, String by) {
        return new RecordedRequest(r.function(), r.at(), r.method(), r.url(), r.headers(), r.body(), by);
    }

    private String nearMisses(RecordedRequest request) {
        StringBuilder s = new StringBuilder("MiniCloud: no HTTP stub matches ").append(request.method()).append(' ')
                .append(request.url()).append(" (the emulator never reaches the network; add one with"
                        + " env.http().stub(...)).");
        if (stubs.isEmpty()) {
            return s.append(" No stubs are set.").toString();
        }
        s.append(" Nearest stubs:");
        IntStream.range(0, stubs.size()).boxed()
                .sorted(Comparator.comparingInt(i -> stubs.get(i).pattern().mismatches(request).size()))
                .limit(3)
                .forEach(i -> s.append("\n  stub ").append(i + 1).append(' ').append(stubs.get(i).pattern())
                        .append(": ").append(String.join("; ", stubs.get(i).pattern().mismatches(request))));
        return s.toString();
    }
}
