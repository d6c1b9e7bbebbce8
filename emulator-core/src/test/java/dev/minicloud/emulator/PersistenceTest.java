package dev.minicloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An environment with a data directory keeps its documents and files between runs. */
class PersistenceTest {
    private static final Instant START = Instant.parse("2024-03-17T02:20:30Z");

    @TempDir
    Path dir;

    private EmulatorConfiguration.Builder config() {
        return EmulatorConfiguration.builder().setDataDirectory(dir).setStartTime(START);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void documents_collections_and_files_survive_closing_and_reopening() {
        Object firstId;
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config().build())) {
            env.database().createCollection("scratch");
            env.reset();
            env.database().createCollection("todos");
            env.database().createCollection("empty");
            firstId = env.database().collection("todos").add(Map.of("title", "first", "due", START)).id();
            env.storage().uploadFile("img/logo.png", bytes("png"));
        }
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config().build())) {
            env.database().createCollection("added");
            Object addedId = env.database().collection("added").add(Map.of("title", "added")).id();

            assertThat(addedId).as("ids stay unique across collections, even on the same frozen instant")
                    .isNotEqualTo(firstId);
            assertThat(env.database().collection("todos").doc(firstId).get().data())
                    .isEqualTo(Map.of("_id", firstId, "title", "first", "due", START));
            assertThat(env.database().snapshot().collections()).containsExactly("todos", "empty", "added");
            assertThat(env.storage().downloadFile(env.storage().fileIdOf("img/logo.png")).fileContent())
                    .isEqualTo(bytes("png"));
        }
        assertThat(dir.resolve("database.mv.db")).isRegularFile();
        assertThat(dir.resolve("storage/img/logo.png")).hasBinaryContent(bytes("png"));
    }

    @Test
    void seeds_fill_only_a_new_directory_and_reset_still_loads_them() {
        EmulatorConfiguration seeded = config().addCollection("users")
                .addDatabaseSeed(DatabaseSnapshot.builder().addJson("todos", "[{\"_id\": \"t1\"}]").build())
                .addStorageSeed(StorageSnapshot.of(Map.of("seed.txt", bytes("seed"))))
                .build();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(seeded)) {
            assertThat(env.database().snapshot().collections()).containsExactly("users", "todos");
            env.database().collection("todos").doc("t1").remove();
            env.storage().deleteFile(List.of(env.storage().fileIdOf("seed.txt")));
        }
        try (CloudEnvironment env = CloudEmulator.newEnvironment(seeded)) {
            assertThat(env.database().collection("todos").count().total()).isZero();
            assertThat(env.storage().snapshot().cloudPaths()).isEmpty();

            env.reset();

            assertThat(env.database().collection("todos").count().total()).isEqualTo(1);
            assertThat(env.storage().snapshot().cloudPaths()).containsExactly("seed.txt");
        }
        assertThat(dir.resolve("storage/seed.txt")).hasBinaryContent(bytes("seed"));
    }

    @Test
    void flush_makes_the_storage_folder_hold_exactly_the_stored_files() throws Exception {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config().build())) {
            env.storage().uploadFile("a/b/c.txt", bytes("c"));
            env.storage().uploadFile("d.txt", bytes("d"));
            env.flush();
            assertThat(dir.resolve("storage/a/b/c.txt")).hasBinaryContent(bytes("c"));

            env.storage().deleteFile(List.of(env.storage().fileIdOf("a/b/c.txt")));
            env.storage().uploadFile("d.txt", bytes("d2"));
            env.flush();

            assertThat(dir.resolve("storage/a")).doesNotExist();
            assertThat(dir.resolve("storage/d.txt")).hasBinaryContent(bytes("d2"));
            try (var left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .as("no temporary file is left beside the folder")
                        .containsExactlyInAnyOrder("database.mv.db", "storage");
            }
        }
    }

    @Test
    void the_storage_folder_of_a_data_directory_can_seed_another_environment() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config().build())) {
            env.storage().uploadFile("img/a.png", bytes("a"));
        }
        StorageSnapshot files = StorageSnapshot.fromFolder(dir.resolve("storage"));
        assertThat(files.cloudPaths()).containsExactly("img/a.png");
    }

    @Test
    void a_cloud_path_that_is_also_a_folder_cannot_be_flushed_and_the_message_names_it() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config().build())) {
            env.storage().uploadFile("a", bytes("file"));
            env.storage().uploadFile("a/b.txt", bytes("inside"));

            assertThatThrownBy(env::flush).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cloudPath 'a' is a file and also the folder of 'a/b.txt'");
            assertThat(dir.resolve("storage")).doesNotExist();

            env.storage().deleteFile(List.of(env.storage().fileIdOf("a")));
        }
        assertThat(dir.resolve("storage/a/b.txt")).hasBinaryContent(bytes("inside"));
    }

    @Test
    void a_directory_in_use_cannot_be_opened_again_until_it_is_closed() {
        EmulatorConfiguration config = config().build();
        try (CloudEnvironment first = CloudEmulator.newEnvironment(config)) {
            assertThatThrownBy(() -> CloudEmulator.newEnvironment(config))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("data directory " + dir + " is in use by another process or environment");
            assertThat(first.isClosed()).isFalse();
        }
        try (CloudEnvironment again = CloudEmulator.newEnvironment(config)) {
            assertThat(again.isClosed()).isFalse();
        }
    }

    @Test
    void a_file_that_is_no_valid_cloud_path_fails_the_start_and_leaves_the_directory_unlocked() throws Exception {
        Files.createDirectories(dir.resolve("storage"));
        Files.writeString(dir.resolve("storage/bad\u0001name"), "x");

        assertThatThrownBy(() -> CloudEmulator.newEnvironment(config().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not contain control");

        Files.delete(dir.resolve("storage/bad\u0001name"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config().build())) {
            assertThat(env.storage().snapshot().cloudPaths()).isEmpty();
        }
    }
}
