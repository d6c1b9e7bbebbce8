package dev.minicloud.emulator.cli;

/**
 * The command line cannot run as asked: a bad option, a missing folder, an event that is not JSON. Reported as one
 * line and exit code 2; nothing has run yet.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
