package dev.minicloud.emulator.internal.common.http;

import java.time.Duration;
import java.util.Map;

/**
 * Where a function's outbound HTTP requests go: the environment's stubs, which the public {@code http} package
 * holds. The environment adapts them to this, so that internal code does not name a package that uses internal code
 * itself (docs/architecture.md).
 */
@FunctionalInterface
public interface OutboundHttp {
    /**
     * What answers one request: a response, possibly with a network fault ({@code HttpFault}'s name) in place of it,
     * or, when nothing answers, only {@code error}, saying why.
     */
    record Answer(int status, Map<String, String> headers, byte[] body, Duration delay, String fault, String error) {}

    /** Answers one request of {@code function}; a forwarded request waits no longer than {@code budget}. */
    Answer exchange(String function, String method, String url, Map<String, String> headers, byte[] body,
            Duration budget);
}
