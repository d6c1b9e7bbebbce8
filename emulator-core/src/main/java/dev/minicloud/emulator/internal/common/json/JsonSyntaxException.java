package dev.minicloud.emulator.internal.common.json;

/** JSON text that could not be parsed; the message says where. */
public class JsonSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JsonSyntaxException(String message) {
        super(message);
    }
}
