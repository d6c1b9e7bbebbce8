package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files can be loaded into storage from a host folder, from the classpath, or from a snapshot of another storage. */
class SeedingTest extends StorageTest {
    private static final String SEED = "dev/minicloud/emulator/storage/seed";

    @Test
    void seeding_from_the_classpath_keeps_relative_paths_as_cloud_paths() throws Exception {
        storage.seedFromClasspath(SEED);
        assertThat(storage.snapshot().cloudPaths()).containsExactly("docs/readme.txt", "docs/说明.md", "img/logo.png");
        try (InputStream logo = getClass().getResourceAsStream("seed/img/logo.png")) {
            assertThat(storage.downloadFile(storage.fileIdOf("img/logo.png")).fileContent())
                    .isEqualTo(logo.readAllBytes());
        }
        assertThat(storage.downloadFile(storage.fileIdOf("docs/说明.md")).fileContent()).isEqualTo(utf8("# 说明\n"));
    }

    @Test
    void seeded_files_are_served_by_temp_urls() throws Exception {
        storage.seedFromClasspath("/" + SEED + "/");
        assertThat(get(tempUrl(storage.fileIdOf("docs/readme.txt"))).body())
                .isEqualTo(utf8("Seeded from the classpath.\n"));
    }

    @Test
    void seeding_from_a_host_folder_reads_every_file_at_any_depth(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("a/b"));
        Files.writeString(folder.resolve("top.txt"), "top");
        Files.writeString(folder.resolve("a/b/deep.txt"), "deep");
        Files.createDirectories(folder.resolve("empty"));
        storage.seedFrom(folder);
        assertThat(storage.snapshot().cloudPaths()).containsExactly("a/b/deep.txt", "top.txt");
        assertThat(storage.downloadFile(storage.fileIdOf("a/b/deep.txt")).fileContent()).isEqualTo(utf8("deep"));
    }

    @Test
    void seeding_replaces_files_at_the_same_path_and_keeps_the_others() throws Exception {
        upload("docs/readme.txt", "mine");
        upload("mine.txt", "mine");
        storage.seedFromClasspath(SEED);
        assertThat(storage.downloadFile(storage.fileIdOf("docs/readme.txt")).fileContent())
                .isEqualTo(utf8("Seeded from the classpath.\n"));
        assertThat(storage.snapshot().cloudPaths()).contains("mine.txt");
    }

    @Test
    void a_folder_inside_a_jar_on_the_classpath_can_be_seeded(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("fixtures.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fixtures/"));
            out.putNextEntry(new JarEntry("fixtures/img/"));
            out.putNextEntry(new JarEntry("fixtures/img/a.png"));
            out.write(utf8("png bytes"));
            out.putNextEntry(new JarEntry("fixtures-not-this/b.txt"));
            out.write(utf8("no"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            StorageSnapshot snapshot = StorageSnapshot.fromClasspath("fixtures", loader);
            assertThat(snapshot.cloudPaths()).containsExactly("img/a.png");
            assertThat(snapshot.content("img/a.png"))
                    .hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("png bytes")));
        }
    }

    @Test
    void a_snapshot_in_the_configuration_seeds_every_new_environment_with_its_own_copy() {
        StorageSnapshot fixtures = StorageSnapshot.fromClasspath(SEED);
        EmulatorConfiguration config = configuration().addStorageSeed(fixtures).build();
        try (CloudEnvironment a = CloudEmulator.newEnvironment(config);
                CloudEnvironment b = CloudEmulator.newEnvironment(config)) {
            a.storage().deleteFile(List.of(a.storage().fileIdOf("img/logo.png")));
            assertThat(a.storage().snapshot().cloudPaths()).containsExactly("docs/readme.txt", "docs/说明.md");
            assertThat(b.storage().snapshot().cloudPaths()).containsExactly("docs/readme.txt", "docs/说明.md",
                    "img/logo.png");
        }
    }

    @Test
    void a_snapshot_of_one_storage_seeds_another() {
        upload("a.txt", "a");
        StorageSnapshot snapshot = storage.snapshot();
        upload("b.txt", "b");
        try (CloudEnvironment other = CloudEmulator.newEnvironment(configuration().setEnvId("other-env").build())) {
            other.storage().seed(snapshot);
            assertThat(other.storage().downloadFile(other.storage().fileIdOf("a.txt")).fileContent())
                    .isEqualTo(utf8("a"));
            assertThat(other.storage().snapshot().cloudPaths()).containsExactly("a.txt");
        }
    }

    @Test
    void a_snapshot_never_changes_once_made() {
        byte[] content = utf8("a");
        StorageSnapshot snapshot = StorageSnapshot.of(Map.of("a.txt", content));
        content[0] = 'X';
        snapshot.content("a.txt").orElseThrow()[0] = 'Y';
        assertThat(snapshot.content("a.txt")).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("a")));
        assertThat(snapshot.size()).isEqualTo(1);
        assertThat(snapshot).hasToString("StorageSnapshot[a.txt (1 bytes)]");
    }

    @Test
    void seeds_must_have_valid_cloud_paths(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> StorageSnapshot.of(Map.of("/a.txt", utf8("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cloudPath (/a.txt) must not start with '/'");
        Files.writeString(folder.resolve("tab\there.txt"), "x");
        String problem = "cannot be stored: cloudPath (tab\there.txt) must not contain control characters";
        assertThatThrownBy(() -> storage.seedFrom(folder)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("seed file ").hasMessageEndingWith(problem);
    }

    @Test
    void a_missing_seed_folder_fails_clearly(@TempDir Path folder) {
        assertThatThrownBy(() -> storage.seedFromClasspath("no/such/folder"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seed folder 'no/such/folder' not found on the classpath");
        assertThatThrownBy(() -> storage.seedFrom(folder.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("is not a directory");
        assertThatThrownBy(() -> storage.seedFromClasspath("/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seed folder '/' must name a folder, not the root");
    }

    @Test
    void seeds_are_not_held_to_the_upload_limit() {
        EmulatorConfiguration config = configuration().setMaxUploadBytes(1)
                .addStorageSeed(StorageSnapshot.of(Map.of("big.txt", utf8("larger than one byte")))).build();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
            assertThat(env.storage().downloadFile(env.storage().fileIdOf("big.txt")).fileContent()).hasSize(20);
        }
    }

    @Test
    void a_folder_snapshot_is_read_once_and_does_not_follow_later_changes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.txt"), "a");
        StorageSnapshot snapshot = StorageSnapshot.fromFolder(folder);
        Files.delete(folder.resolve("a.txt"));
        Files.writeString(folder.resolve("b.txt"), "b");
        storage.seed(snapshot);
        assertThat(storage.snapshot().cloudPaths()).containsExactly("a.txt");
    }
}
