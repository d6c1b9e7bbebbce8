package dev.minicloud.emulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local Node backend's writes through the served admin endpoint are in the data directory before the backend hears
 * of them, as the console's own writes are; reads do not write the data directory.
 */
class ServedAdminWritesTest {
    @TempDir
    Path dir;

    Path data;
    Path onDisk;

    private ConsoleFixture served() {
        data = dir.resolve("data");
        onDisk = data.resolve("storage/notes/a.txt");
        return new ConsoleFixture(ConsoleFixture.project().resolve("functions"), ConsoleFixture.rules(dir), null,
                EmulatorConfiguration.builder().setDataDirectory(data));
    }

    /** A console write, saved at once: the file is in the data directory. */
    private static String uploadThroughTheConsole(ConsoleFixture console) {
        return (String) console.http.sendBytes("POST", "/api/files?cloudPath=notes/a.txt",
                "kept".getBytes(StandardCharsets.UTF_8)).json().get("fileID");
    }

    @Test
    void an_admin_write_is_saved_to_the_data_directory_before_it_is_answered() throws Exception {
        try (ConsoleFixture console = served()) {
            String fileID = uploadThroughTheConsole(console);
            assertThat(onDisk).hasContent("kept");

            Map<String, Object> deleted = console.admin(Map.of("action", "storage.batchDeleteFile", "fileid_list",
                    List.of(fileID)));

            assertThat(deleted.toString()).contains("code=SUCCESS");
            assertThat(onDisk).doesNotExist();
        }
    }

    @Test
    void an_admin_read_leaves_the_data_directory_as_it_was() throws Exception {
        try (ConsoleFixture console = served()) {
            String fileID = uploadThroughTheConsole(console);
            // Changed behind the environment's back: a save would write the stored content over it.
            Files.writeString(onDisk, "by hand");

            Map<String, Object> url = console.admin(Map.of("action", "storage.batchGetDownloadUrl", "file_list",
                    List.of(Map.of("fileid", fileID, "max_age", 60))));

            assertThat(url.toString()).contains("tempFileURL=http", "code=SUCCESS");
            assertThat(onDisk).hasContent("by hand");
        }
    }
}
