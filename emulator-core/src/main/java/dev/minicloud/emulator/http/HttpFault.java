package dev.minicloud.emulator.http;

/** A network failure a stub answers with instead of a response, as Node reports it to the function. */
public enum HttpFault {
    /** The server closed the connection: {@code Error: socket hang up}, {@code code: 'ECONNRESET'}. */
    CONNECTION_RESET,
    /** Nothing listens: {@code connect ECONNREFUSED}, {@code code: 'ECONNREFUSED'}. */
    CONNECTION_REFUSED,
    /** The host name does not resolve: {@code getaddrinfo ENOTFOUND <host>}, {@code code: 'ENOTFOUND'}. */
    HOST_NOT_FOUND,
    /**
     * The server never answers: the request waits until its own timeout ({@code req.setTimeout}, an HTTP client's
     * {@code timeout} option) or the function's, on the environment's clock.
     */
    NO_RESPONSE
}
