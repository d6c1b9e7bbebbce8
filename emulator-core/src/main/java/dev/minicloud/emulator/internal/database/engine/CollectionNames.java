package dev.minicloud.emulator.internal.database.engine;

/** The rule MiniCloud applies to collection names; the service's own rule is not published. */
public final class CollectionNames {
    private static final int MAX_LENGTH = 128;

    private CollectionNames() {}

    /** Returns {@code name} if it is acceptable, else throws {@link IllegalArgumentException} saying why. */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("collection name must not be empty");
        }
        if (!isValid(name)) {
            throw new IllegalArgumentException("collection name (" + name
                    + ") must be at most " + MAX_LENGTH + " characters without '$' or NUL");
        }
        return name;
    }

    /** Whether {@code name} is a usable collection name. */
    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_LENGTH
                && name.indexOf('$') < 0 && name.indexOf('\0') < 0;
    }
}
