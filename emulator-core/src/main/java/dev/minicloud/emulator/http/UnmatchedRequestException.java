package dev.minicloud.emulator.http;

/**
 * No stub matched a function's request and nothing forwards it. The function sees it as the request's
 * {@code error} (code {@code ERR_MINICLOUD_NO_STUB}); the message lists the nearest stubs and why each missed.
 */
public final class UnmatchedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnmatchedRequestException(String message) {
        super(message);
    }
}
