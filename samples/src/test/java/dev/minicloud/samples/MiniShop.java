package dev.minicloud.samples;

/**
 * Where MiniShop's parts are, relative to this module (the working directory of its tests): the cloud functions and
 * the seed data and the mini-program, exactly as the command line's {@code --project samples} finds them.
 */
final class MiniShop {
    static final String FUNCTIONS = "cloudfunctions";
    static final String DATABASE = "seed/database";
    static final String STORAGE = "seed/storage";
    /** The project's client permissions: todos per user, products read-only, avatars per user. */
    static final String RULES = "security-rules.json";
    /** The mini-program itself, and its FinClip build. */
    static final String MINIPROGRAM = "miniprogram";
    static final String FINCLIP = "miniprogram-finclip";
    /** Sunday 17 March 2024, 10:20:30 in Shanghai. */
    static final String NOW = "2024-03-17T02:20:30Z";

    private MiniShop() {}
}
