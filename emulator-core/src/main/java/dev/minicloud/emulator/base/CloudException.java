package dev.minicloud.emulator.base;

/**
 * The one exception MiniCloud throws for a failed cloud call, carrying the service's own {@code errCode} and
 * {@code errMsg}.
 *
 * <p>The strings are the ones the real service produces, so a test can assert on them exactly as production code
 * compares them:
 *
 * <pre>{@code
 * CloudException e = assertThrows(CloudException.class, () -> db.collection("nope").get());
 * assertEquals(-502005, e.errCode());
 * assertTrue(e.errMsg().startsWith("collection.get:fail -502005 database collection not exists."));
 * }</pre>
 *
 * <p>{@link #getMessage()} returns the same text as {@link #errMsg()} unless the SDK gives the JavaScript error a
 * different {@code message} (parameter validation errors do: their message is
 * {@code "errCode: -1 unknown error | errMsg: <reason>"}).
 */
public final class CloudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errCode;
    private final String errMsg;

    /** Creates an exception whose message is {@code errMsg}. */
    public CloudException(int errCode, String errMsg) {
        this(errCode, errMsg, errMsg, null);
    }

    /** Creates an exception whose JavaScript {@code message} differs from {@code errMsg}. */
    public CloudException(int errCode, String errMsg, String message, Throwable cause) {
        super(message, cause);
        this.errCode = errCode;
        this.errMsg = errMsg;
    }

    /** The numeric error code, for example {@code -502005}; {@code -1} for errors raised by the SDK itself. */
    public int errCode() {
        return errCode;
    }

    /** The error message exactly as the service reports it, for example {@code "document.get:fail ..."}. */
    public String errMsg() {
        return errMsg;
    }
}
