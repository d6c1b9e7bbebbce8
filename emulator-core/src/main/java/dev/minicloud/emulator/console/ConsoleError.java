package dev.minicloud.emulator.console;

/**
 * A console request that cannot be served as sent, told to the browser as {@code {"error": message}} with an HTTP
 * status: an unknown address, a missing parameter, a body too large. The service's own refusals are
 * {@link dev.minicloud.emulator.base.CloudException}s and keep their errCode and errMsg.
 */
final class ConsoleError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ConsoleError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ConsoleError badRequest(String message) {
        return new ConsoleError(400, message);
    }

    static ConsoleError notFound(String message) {
        return new ConsoleError(404, message);
    }
}
