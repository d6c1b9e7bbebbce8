package dev.minicloud.samples.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Maven project outside this build, as a newcomer makes one: a pom.xml, one test, and MiniCloud's artifacts
 * installed in its local repository as {@code mvn install} puts them there. It builds with the Maven running this
 * build; every other artifact comes from this build's own local repository, offered as a file repository, so a run
 * needs no network unless it asks for versions this build does not use.
 */
final class ScratchProject {
    static final String VERSION = System.getProperty("minicloud.version", "0.1.0-SNAPSHOT");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SEED = Path.of(System.getProperty("minicloud.seed.repository",
            Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    private static final String TEST = """
            package com.example;

            import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;

            import dev.minicloud.emulator.database.Database;
            import dev.minicloud.emulator.junit5.CloudEmulatorTest;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            @CloudEmulatorTest(collections = "todos")
            class FirstCloudTest {
                @Test
                void adds_a_todo(Database db) {
                    db.collection("todos").add(Map.of("title", "write tests"));
                    assertThat(db.collection("todos")).containsDocumentMatching(Map.of("title", "write tests"));
                }
            }
            """;

    /** What {@code mvn test} did: its exit code and everything it printed. */
    record Build(int exitCode, String log) {}

    private final Path dir;

    private ScratchProject(Path dir) {
        this.dir = dir;
    }

    /** A project in {@code dir} with {@code pom} and one MiniCloud test, MiniCloud installed in its repository. */
    static ScratchProject create(Path dir, String pom) throws IOException {
        Path test = Files.createDirectories(dir.resolve("project/src/test/java/com/example"));
        Files.writeString(test.resolve("FirstCloudTest.java"), TEST);
        Files.writeString(dir.resolve("project/pom.xml"), pom);
        Path repository = dir.resolve("repository");
        install(repository, "minicloud-parent", ROOT.resolve("pom.xml"), null);
        for (String module : List.of("emulator-core", "emulator-junit5")) {
            install(repository, module, ROOT.resolve(module).resolve("pom.xml"),
                    ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar"));
        }
        Files.writeString(dir.resolve("settings.xml"), settings());
        return new ScratchProject(dir);
    }

    /** Lays an artifact out as {@code mvn install} does. */
    private static void install(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("dev/minicloud").resolve(artifactId).resolve(VERSION));
        Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run this test after the module's package phase");
            }
            Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }

    /** This build's local repository first, as a file repository (it keeps no checksums), then Maven Central. */
    private static String settings() {
        String repository = """
                <id>seed</id><url>%s</url>
                <releases><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>""".formatted(SEED.toUri());
        return """
                <settings>
                  <profiles><profile><id>seed</id>
                    <repositories><repository>%s</repository></repositories>
                    <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>seed</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, repository);
    }

    /**
     * Runs {@code mvn test} on the project.
     *
     * @param offline whether Maven may reach only file repositories, as a build on this build's artifacts should
     */
    Build test(boolean offline) throws IOException, InterruptedException {
        Path mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp", "-s",
                dir.resolve("settings.xml").toString(), "-Dmaven.repo.local=" + dir.resolve("repository")));
        if (offline) {
            command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
        }
        command.add("test");
        Path log = dir.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.resolve("project").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        // Generous: a Maven build on a loaded machine; the test is about its outcome, not its speed.
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("mvn test did not finish in " + dir);
        }
        return new Build(p.exitValue(), Files.readString(log));
    }
}
