package dev.minicloud.emulator.junit5;

/** Where this module's test functions and fixtures are, as the annotation names them. */
final class Fixtures {
    static final String FUNCTIONS = "classpath:dev/minicloud/emulator/junit5/fns";
    static final String PROJECT = "classpath:dev/minicloud/emulator/junit5/project";
    static final String HTTP_FUNCTIONS = "classpath:dev/minicloud/emulator/junit5/httpfns";
    static final String DATABASE = "classpath:dev/minicloud/emulator/junit5/fixtures/db";
    static final String FILES = "classpath:dev/minicloud/emulator/junit5/fixtures/files";
    static final String START = "2024-03-17T02:20:30Z";

    private Fixtures() {}
}
