package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.storage.result.DeleteFileResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** deleteFile reports each file on its own item inside a deleteFile:ok result. */
class DeleteFileTest extends StorageTest {

    @Test
    void delete_removes_the_files_and_reports_status_0_ok_for_each() {
        String a = upload("a.txt", "a");
        String b = upload("b.txt", "b");
        DeleteFileResult r = storage.deleteFile(List.of(a, b));
        assertThat(r).isEqualTo(new DeleteFileResult(List.of(new DeleteFileResult.Item(a, 0, "ok"),
                new DeleteFileResult.Item(b, 0, "ok")), "deleteFile:ok"));
        assertThat(storage.snapshot().cloudPaths()).isEmpty();
    }

    @Test
    void delete_of_a_missing_file_reports_status_minus_503003_inside_an_ok_response() {
        String kept = upload("kept.txt", "k");
        String gone = upload("gone.txt", "g");
        String missing = storage.fileIdOf("never.txt");
        DeleteFileResult r = storage.deleteFile(List.of(gone, missing));
        assertThat(r.errMsg()).isEqualTo("deleteFile:ok");
        assertThat(r.fileList()).containsExactly(new DeleteFileResult.Item(gone, 0, "ok"),
                new DeleteFileResult.Item(missing, -503003, "storage file not exists"));
        assertThat(storage.downloadFile(kept).fileContent()).isEqualTo(utf8("k"));
    }

    @Test
    void deleting_the_same_file_twice_in_one_call_succeeds_once() {
        String a = upload("a.txt", "a");
        assertThat(storage.deleteFile(List.of(a, a)).fileList()).extracting(DeleteFileResult.Item::status)
                .containsExactly(0, -503003);
    }

    @Test
    void delete_of_another_environments_file_id_reports_status_minus_503002() {
        String other = "cloud://other-env.6f74-other-env-1254188669/a.txt";
        assertThat(storage.deleteFile(List.of(other)).fileList())
                .containsExactly(new DeleteFileResult.Item(other, -503002, "storage permission denied"));
    }

    @Test
    void delete_of_a_string_that_is_not_a_file_id_reports_status_minus_501007() {
        assertThat(storage.deleteFile(List.of("a.txt")).fileList())
                .containsExactly(new DeleteFileResult.Item("a.txt", -501007, "invalid parameters"));
    }

    @Test
    void delete_of_an_empty_list_succeeds_with_an_empty_file_list() {
        assertThat(storage.deleteFile(List.of())).isEqualTo(new DeleteFileResult(List.of(), "deleteFile:ok"));
    }

    @Test
    void delete_of_50_files_succeeds_and_of_51_fails_as_a_whole() {
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(upload("f" + i + ".txt", "x"));
        }
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(upload("f50.txt", "x"));
        assertFails(() -> storage.deleteFile(fiftyOne), -1,
                "deleteFile:fail fileList must not hold more than 50 files, got 51");
        assertThat(storage.snapshot().size()).isEqualTo(51);
        assertThat(storage.deleteFile(fifty).fileList()).allSatisfy(item -> assertThat(item.status()).isZero());
        assertThat(storage.snapshot().cloudPaths()).containsExactly("f50.txt");
    }

    @Test
    void delete_with_a_null_or_empty_file_id_fails_as_the_sdk_does() {
        assertFails(() -> storage.deleteFile(Arrays.asList("cloud://x.y/a", null)), -1,
                "deleteFile:fail Type of fileList[1] must be string instead of undefined");
        assertFails(() -> storage.deleteFile(List.of("")), -1, "deleteFile:fail fileList的元素必须是非空的字符串");
    }

    @Test
    void delete_without_a_file_list_fails_with_the_sdk_parameter_message() {
        assertFails(() -> storage.deleteFile(null), -1, "parameter.fileList should be array instead of null;");
    }
}
