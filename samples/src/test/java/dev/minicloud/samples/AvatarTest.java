package dev.minicloud.samples;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.junit5.CallerIdentity;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.storage.Storage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, databaseFixtures = MiniShop.DATABASE, startTime = MiniShop.NOW)
@CallerIdentity(openId = "o_bob")
class AvatarTest {
    private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Test
    void an_uploaded_avatar_is_stored_linked_to_the_user_and_served_for_an_hour(Functions functions, Database db,
            Storage storage, VirtualClock clock) throws IOException, InterruptedException {
        FunctionResult r = functions.call("avatar", Map.of("imageBase64", Base64.getEncoder().encodeToString(IMAGE)));
        assertThat(r).succeeded().hasResultField("ok", true).hasResultField("size", IMAGE.length);
        String fileId = storage.fileIdOf("avatars/o_bob.png");
        assertThat(r).hasResultField("fileID", fileId);
        assertThat(db.collection("users").doc("o_bob")).hasField("avatarFileID", fileId);
        assertThat(storage.downloadFile(fileId).fileContent()).isEqualTo(IMAGE);

        HttpRequest get = HttpRequest.newBuilder(URI.create((String) ((Map<?, ?>) r.result()).get("url"))).build();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(IMAGE);
        clock.advance(Duration.ofMinutes(61));
        assertThat(http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    }

    @Test
    void an_empty_image_is_refused_and_nothing_is_stored(Functions functions, Storage storage) {
        assertThat(functions.call("avatar", Map.of())).hasResultField("code", "BAD_IMAGE");
        assertThat(storage.snapshot().cloudPaths()).isEmpty();
    }
}
