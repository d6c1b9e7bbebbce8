package dev.minicloud.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A build whose JUnit is too old is stopped before any test with a message that names the version to use. */
class JUnitVersionCheckTest {
    /** The test class path, minus the one class that tells JUnit 5.13 apart from older ones. */
    private static final class OlderJUnit extends ClassLoader {
        OlderJUnit() {
            super(JUnitVersionCheckTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals("org.junit.jupiter.api.extension.ClassTemplateInvocationContext")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void the_junit_of_this_build_passes() {
        assertThat(JUnitVersionCheck.problem(getClass().getClassLoader())).isNull();
    }

    @Test
    void an_older_junit_is_refused_naming_the_version_required_and_the_version_found() {
        String version = org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion();
        assertThat(JUnitVersionCheck.problem(new OlderJUnit())).isEqualTo("MiniCloud's JUnit 5 extension"
                + " (dev.minicloud:emulator-junit5) needs JUnit Jupiter 5.13 or later, but this build uses " + version
                + ". Import org.junit:junit-bom 5.13.0 or later (see the README's pom.xml).");
    }

    @Test
    void the_launcher_finds_the_check_through_the_service_file() {
        var services = java.util.ServiceLoader.load(org.junit.platform.launcher.LauncherSessionListener.class);
        assertThat(services.stream().map(p -> p.type().getName())).contains(JUnitVersionCheck.class.getName());
    }
}
