package dev.minicloud.emulator.junit5;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops a test run at once, with a message naming the version to use, when the build's JUnit Jupiter is older than
 * the extension needs. Without it, an old JUnit fails deep inside annotation parsing
 * ({@code IncompleteAnnotationException ... ResourceLock}) or with a missing class, and nobody reading that learns
 * that upgrading JUnit is the fix. The launcher finds this listener through {@code META-INF/services} before it
 * discovers any test.
 */
public final class JUnitVersionCheck implements LauncherSessionListener {
    /** The oldest JUnit Jupiter the extension runs on. */
    public static final String REQUIRED = "5.13";

    /** A type JUnit Jupiter has had since 5.13, the version whose store closes {@code AutoCloseable} values. */
    private static final String SINCE_REQUIRED = "org.junit.jupiter.api.extension.ClassTemplateInvocationContext";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String problem = problem(getClass().getClassLoader());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why the JUnit on this class loader cannot run the extension, or null when it can (or Jupiter is absent). */
    static String problem(ClassLoader loader) {
        Class<?> api;
        try {
            api = Class.forName("org.junit.jupiter.api.Test", false, loader);
        } catch (ClassNotFoundException noJupiter) {
            return null;
        }
        try {
            Class.forName(SINCE_REQUIRED, false, loader);
            return null;
        } catch (ClassNotFoundException old) {
            String found = api.getPackage().getImplementationVersion();
            return "MiniCloud's JUnit 5 extension (dev.minicloud:emulator-junit5) needs JUnit Jupiter " + REQUIRED
                    + " or later, but this build uses " + (found == null ? "an older one" : found) + ". Import"
                    + " org.junit:junit-bom " + REQUIRED + ".0 or later (see the README's pom.xml).";
        }
    }
}
