package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.base.ErrorCode;

/**
 * A failure the database backend reports; the engine turns it into the service's message,
 * {@code "<api>:fail <code> <code text>. <detail>"}.
 */
public final class DatabaseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;

    public DatabaseError(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    /** A MongoDB-level execution failure: -502001 database request fail. */
    public static DatabaseError requestFail(String detail) {
        return new DatabaseError(ErrorCode.DATABASE_REQUEST_FAIL, detail);
    }

    /** Invalid request parameters: -501007. */
    public static DatabaseError invalidParameters(String detail) {
        return new DatabaseError(ErrorCode.INVALID_PARAMETERS, detail);
    }

    public ErrorCode code() {
        return code;
    }

    /** The backend's message, printed after the code text. */
    public String detail() {
        return getMessage();
    }
}
