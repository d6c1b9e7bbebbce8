package dev.minicloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a data directory keeps when its process is killed without {@code flush()} or {@code close()}: a child JVM
 * writes, is told every write succeeded, and halts; the directory is then reopened here.
 */
class DurableWritesTest {
    @TempDir
    Path dir;

    @Test
    void with_durable_writes_a_killed_process_loses_nothing_it_acknowledged() throws Exception {
        killAfterWriting("durable");
        try (CloudEnvironment env = reopen()) {
            assertThat(env.database().collection("todos").count().total()).isEqualTo(19);
            assertThat(env.database().collection("todos").doc("t0").get().data()).containsEntry("n", 100);
            assertThat(env.database().collection("todos").where(Map.of("_id", "t1")).get().data()).isEmpty();
            assertThat(env.storage().snapshot().cloudPaths()).containsExactly("img/a.png");
        }
        assertThat(dir.resolve("storage/img/a.png")).hasBinaryContent(bytes("png"));
    }

    @Test
    void by_default_a_killed_process_loses_the_files_written_since_the_last_flush() throws Exception {
        killAfterWriting("default");
        assertThat(dir.resolve("storage/img/a.png")).doesNotExist();
        try (CloudEnvironment env = reopen()) {
            assertThat(env.storage().snapshot().cloudPaths()).isEmpty();
        }
    }

    @Test
    void by_default_a_flush_keeps_everything_before_it_through_a_kill() throws Exception {
        killAfterWriting("flushed");
        try (CloudEnvironment env = reopen()) {
            assertThat(env.database().collection("todos").count().total()).isEqualTo(19);
            assertThat(env.database().collection("todos").doc("t0").get().data()).containsEntry("n", 100);
            assertThat(env.storage().snapshot().cloudPaths()).containsExactly("img/a.png");
        }
    }

    @Test
    void with_durable_writes_an_upload_the_folder_cannot_hold_fails_at_once_and_stores_nothing() {
        EmulatorConfiguration config = EmulatorConfiguration.builder().setDataDirectory(dir).setDurableWrites(true)
                .build();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
            env.storage().uploadFile("a", bytes("file"));
            assertThatThrownBy(() -> env.storage().uploadFile("a/b", bytes("below a file")))
                    .isInstanceOfSatisfying(CloudException.class, e -> {
                        assertThat(e.errCode()).isEqualTo(-1);
                        assertThat(e.errMsg()).isEqualTo("uploadFile:fail cloudPath 'a' is a file and also the folder"
                                + " of 'a/b', which a file tree cannot hold; delete or rename one of them");
                    });
            assertThat(env.storage().snapshot().cloudPaths()).containsExactly("a");
            env.storage().deleteFile(List.of(env.storage().fileIdOf("a")));
            assertThat(dir.resolve("storage/a")).doesNotExist();
            env.storage().uploadFile("a/b", bytes("now a folder"));
            assertThat(dir.resolve("storage/a/b")).hasBinaryContent(bytes("now a folder"));
            env.reset();
            assertThat(dir.resolve("storage/a")).doesNotExist();
        }
    }

    private void killAfterWriting(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), dir.toString(), mode).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the writer ended").isTrue();
        assertThat(output).as("the writer's output").contains(KilledWriter.ACKNOWLEDGED);
        assertThat(Files.exists(dir.resolve("database.mv.db"))).isTrue();
    }

    private CloudEnvironment reopen() {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder().setDataDirectory(dir).build());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
