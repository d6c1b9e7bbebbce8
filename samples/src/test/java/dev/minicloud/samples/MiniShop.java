package dev.minicloud.samples;

/**
 * Where MiniShop's parts are, relative to this module (the working directory of its tests): the cloud functions and
 * the seed data, exactly as the command line's {@code --project samples} finds them.
 */
final class MiniShop {
    static final String FUNCTIONS = "cloudfunctions";
    static final String DATABASE = "seed/database";
    static final String STORAGE = "seed/storage";
    /** Sunday 17 March 2024, 10:20:30 in Shanghai. */
    static final String NOW = "2024-03-17T02:20:30Z";

    private MiniShop() {}
}
