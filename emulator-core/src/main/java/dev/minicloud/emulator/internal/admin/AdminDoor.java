package dev.minicloud.emulator.internal.admin;

import java.net.URI;

/**
 * A URL of an environment's admin endpoint for one Node function instance: what arrives through it runs in the scope
 * of the invocation the instance is serving ({@link #enter}), so the transactions it opens end with that invocation
 * and its nested calls carry the caller on, as a Rhino function's do. Between invocations (a promise the function
 * left running) requests run in the instance's own scope, whose transactions end when the door closes.
 */
public final class AdminDoor implements AutoCloseable {
    private final AdminEndpoint endpoint;
    private final AdminEndpoint.Route route;
    private final AdminScope between;
    private volatile AdminScope current;

    AdminDoor(AdminEndpoint endpoint, AdminScope between) {
        this.endpoint = endpoint;
        this.between = between;
        this.route = endpoint.route(() -> {
            AdminScope scope = current;
            return scope != null ? scope : this.between;
        });
    }

    /** The URL the instance's SDK posts to ({@code TCB_CONTEXT_CNFG}). */
    public URI url() {
        return endpoint.urlOf(route);
    }

    /**
     * The URL the instance's runner sends each outbound HTTP request to, the target URL in {@code x-minicloud-url}
     * ({@code docs/functions.md}, "Outbound HTTP").
     */
    public URI httpUrl() {
        return endpoint.urlOf(route, "http");
    }

    /** Requests from now on run in {@code scope}, until {@link #leave()}. */
    public void enter(AdminScope scope) {
        current = scope;
    }

    /** Requests from now on run in the instance's own scope. */
    public void leave() {
        current = null;
    }

    /** Stops serving this URL and rolls back what was left open in the instance's own scope. */
    @Override
    public void close() {
        endpoint.unregister(route);
        between.transactions().end(between.owner());
    }
}
