package dev.minicloud.emulator.internal.common.json;

/** JSON text or a value nested deeper than {@link JsonCodec#MAX_NESTING} levels, which MiniCloud does not handle. */
public final class JsonTooDeepException extends JsonSyntaxException {
    private static final long serialVersionUID = 1L;

    public JsonTooDeepException(String message) {
        super(message);
    }
}
