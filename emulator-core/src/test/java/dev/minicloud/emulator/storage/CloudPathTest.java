package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** the rules of cloudPath, checked by uploadFile before anything is stored. */
class CloudPathTest extends StorageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/avatars/a.png  | must not start with '/'",
        "avatars/        | must not end with '/'",
        "avatars//a.png  | must not contain '//'",
        "../a.png        | must not contain '.' or '..' segments",
        "avatars/../a.png| must not contain '.' or '..' segments",
        "avatars/./a.png | must not contain '.' or '..' segments",
        "a\tb.png        | must not contain control characters",
    })
    void an_invalid_cloud_path_is_rejected_and_nothing_is_stored(String cloudPath, String problem) {
        assertFails(() -> storage.uploadFile(cloudPath, utf8("x")), -1,
                "uploadFile:fail cloudPath (" + cloudPath + ") " + problem);
        assertThat(storage.snapshot().cloudPaths()).isEmpty();
    }

    @Test
    void an_empty_cloud_path_is_rejected() {
        assertFails(() -> storage.uploadFile("", utf8("x")), -1, "uploadFile:fail cloudPath () must not be empty");
    }

    @Test
    void a_cloud_path_of_850_bytes_is_accepted_and_851_rejected() {
        String longest = "a/" + "é".repeat(424);
        assertThat(utf8(longest)).hasSize(850);
        assertThat(storage.uploadFile(longest, utf8("x")).errMsg()).isEqualTo("uploadFile:ok");
        String tooLong = longest + "b";
        assertFails(() -> storage.uploadFile(tooLong, utf8("x")), -1,
                "uploadFile:fail cloudPath (" + tooLong + ") must be at most 850 bytes in UTF-8, got 851");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.png", "a/b/c.png", "..a/b..", ".hidden", "a b/(1)!*'.png", "中文/文件.txt", "a%20b"})
    void valid_cloud_paths_are_stored_as_given(String cloudPath) {
        assertThat(storage.uploadFile(cloudPath, utf8("x")).fileID()).endsWith("." + BUCKET + "/" + cloudPath);
        assertThat(storage.snapshot().cloudPaths()).containsExactly(cloudPath);
    }

    @Test
    void file_id_of_checks_the_cloud_path_too() {
        assertThatThrownBy(() -> storage.fileIdOf("/a.png")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cloudPath (/a.png) must not start with '/'");
    }
}
