package dev.minicloud.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's example build file works where a newcomer pastes it: a project of its own, built by Maven against the
 * installed artifacts, runs a MiniCloud test. Maven runs this after {@code package} (the {@code readme-build}
 * execution), when the modules' jars exist. The versions the README names as required are shown to be required.
 */
class ReadmeBuildTest {
    private static final Pattern JUNIT_BOM =
            Pattern.compile("(<artifactId>junit-bom</artifactId>\\s*<version>)([^<]+)");
    private static final Pattern SUREFIRE =
            Pattern.compile("(<artifactId>maven-surefire-plugin</artifactId>\\s*<version>)([^<]+)");
    private static final String PASSED = "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0";

    @TempDir
    Path temp;

    /** The README's pom.xml: the XML block that is a whole project using emulator-junit5. */
    static String readmePom() throws IOException {
        List<String> poms = ReadmeTest.blocks("xml").stream()
                .filter(b -> b.contains("<project") && b.contains("<artifactId>emulator-junit5</artifactId>")).toList();
        assertThat(poms).as("the README's example pom.xml").hasSize(1);
        return poms.get(0);
    }

    private static String withVersion(String pom, Pattern at, String version) {
        Matcher m = at.matcher(pom);
        assertThat(m.find()).as("%s in the README's pom.xml", at).isTrue();
        return m.replaceFirst("$1" + version);
    }

    @Test
    void a_project_built_from_the_readme_s_pom_runs_a_minicloud_test_offline() throws Exception {
        ScratchProject.Build build = ScratchProject.create(temp, readmePom()).test(true);

        assertThat(build.exitCode()).as(build.log()).isZero();
        assertThat(build.log()).contains("Running com.example.FirstCloudTest", PASSED, "BUILD SUCCESS");
    }

    @Test
    void with_junit_older_than_the_readme_requires_the_build_stops_with_a_message_naming_the_version() throws Exception {
        String pom = withVersion(readmePom(), JUNIT_BOM, "5.10.2");

        ScratchProject.Build build = ScratchProject.create(temp, pom).test(false);

        assertThat(build.exitCode()).as(build.log()).isNotZero();
        assertThat(build.log()).contains("BUILD FAILURE").doesNotContain(PASSED)
                .contains("MiniCloud's JUnit 5 extension (dev.minicloud:emulator-junit5) needs JUnit Jupiter 5.13 or"
                        + " later, but this build uses 5.10.2");
    }

    @Test
    void with_maven_3_8_s_default_surefire_no_test_runs_which_is_why_the_readme_pins_it() throws Exception {
        String pom = withVersion(readmePom(), SUREFIRE, "2.12.4");

        ScratchProject.Build build = ScratchProject.create(temp, pom).test(false);

        assertThat(build.log()).contains("Tests run: 0, Failures: 0, Errors: 0, Skipped: 0").doesNotContain(PASSED);
    }
}
