package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two environments never see, delete or serve each other's files, even when they share an env id. */
class IsolationTest extends StorageTest {

    @Test
    void environments_with_the_same_env_id_never_see_each_others_files() throws Exception {
        try (CloudEnvironment other = CloudEmulator.newEnvironment(configuration().build())) {
            String fileID = upload("a.txt", "mine");
            assertThat(other.storage().fileIdOf("a.txt")).isEqualTo(fileID);
            assertFails(() -> other.storage().downloadFile(fileID), -1, "downloadFile:fail storage file not exists");
            assertThat(other.storage().getTempFileURL(fileID).fileList().get(0).status()).isEqualTo(-503003);
            assertThat(other.storage().deleteFile(List.of(fileID)).fileList().get(0).status()).isEqualTo(-503003);
            assertThat(storage.downloadFile(fileID).fileContent()).isEqualTo(utf8("mine"));
        }
    }

    @Test
    void an_environment_refuses_file_ids_of_another_env_id() throws Exception {
        try (CloudEnvironment other = CloudEmulator.newEnvironment(configuration().setEnvId("other-env").build())) {
            String theirs = other.storage().uploadFile("a.txt", utf8("theirs")).fileID();
            assertFails(() -> storage.downloadFile(theirs), -1, "downloadFile:fail storage permission denied");
            assertThat(storage.deleteFile(List.of(theirs)).fileList().get(0).status()).isEqualTo(-503002);
            assertThat(other.storage().downloadFile(theirs).fileContent()).isEqualTo(utf8("theirs"));
        }
    }

    @Test
    void a_temp_url_opens_only_the_file_of_the_environment_that_signed_it() throws Exception {
        CloudEnvironment twin = CloudEmulator.newEnvironment(configuration().build());
        try (CloudEnvironment other = CloudEmulator.newEnvironment(configuration().setEnvId("other-env").build())) {
            String url = tempUrl(upload("a.txt", "mine"));
            twin.storage().uploadFile("a.txt", utf8("twin's"));
            String twinUrl = twin.storage().getTempFileURL(twin.storage().fileIdOf("a.txt")).fileList().get(0)
                    .tempFileURL();
            other.storage().uploadFile("a.txt", utf8("other's"));
            String otherUrl = other.storage().getTempFileURL(other.storage().fileIdOf("a.txt")).fileList().get(0)
                    .tempFileURL();
            String otherBucket = URI.create(otherUrl).getPath().split("/")[1];

            assertThat(get(url).body()).isEqualTo(utf8("mine"));
            assertThat(get(twinUrl).body()).isEqualTo(utf8("twin's"));
            assertThat(get(otherUrl).body()).isEqualTo(utf8("other's"));
            assertThat(get(url.replace("/" + BUCKET + "/", "/" + otherBucket + "/")).statusCode()).isEqualTo(403);
            twin.close();
            assertThat(get(twinUrl).statusCode()).isEqualTo(403);
            assertThat(get(url).body()).isEqualTo(utf8("mine"));
        } finally {
            twin.close();
        }
    }

    @Test
    void environments_used_in_parallel_keep_their_files_apart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.defaults())) {
                        for (int f = 0; f < 20; f++) {
                            env.storage().uploadFile("f" + f + ".txt", utf8("env " + n));
                        }
                        String url = env.storage().getTempFileURL(env.storage().fileIdOf("f0.txt")).fileList().get(0)
                                .tempFileURL();
                        return env.storage().snapshot().size() == 20
                                && new String(get(url).body(), StandardCharsets.UTF_8).equals("env " + n);
                    }
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
