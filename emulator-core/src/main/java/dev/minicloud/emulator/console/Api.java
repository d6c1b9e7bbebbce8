package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import java.io.IOException;

/** One area of the console's API ({@code /api/<area>/...}), answering through the environment's public API. */
interface Api {
    /** Marks a request answered by the handler itself (a download), not with JSON. */
    Object ANSWERED = new Object();

    /**
     * Serves {@code request}, whose segment 0 is the area's name.
     *
     * @return the JSON value to answer with (status 200), or {@link #ANSWERED}
     */
    Object handle(Request request, CloudEnvironment env) throws IOException;

    /** Whether the request may change the data, so that a data directory is saved after it. */
    static boolean writes(Request request) {
        return !request.method().equals("GET");
    }

    static ConsoleError noRoute(Request request) {
        return new ConsoleError(404, "no console API " + request.method() + " at this address");
    }
}
