package dev.minicloud.emulator.database.value;

/**
 * A placeholder for the server's time, the Java form of {@code db.serverDate({offset})}. It becomes a date when the
 * request runs: the environment's clock plus {@code offsetMillis}. All server dates in one request share one
 * instant. Usable in add, set and update data (also inside {@code push}) and in query conditions.
 *
 * @param offsetMillis milliseconds added to the server's time; may be negative
 */
public record ServerDate(long offsetMillis) {
    /** The server's time itself. */
    public static ServerDate now() {
        return new ServerDate(0);
    }
}
