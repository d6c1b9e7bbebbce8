package dev.minicloud.emulator.internal.admin;

/** A failure whose admin code name and message are known as they are to be sent, with no errCode to map. */
final class AdminFailure extends RuntimeException {
    private final String code;

    AdminFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
