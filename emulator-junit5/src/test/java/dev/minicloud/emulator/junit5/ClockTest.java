package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.storage.Storage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The virtual clock: frozen where the test starts it, moved only by the test, driving every time-dependent part. Timers
 * here are minutes long, so that a call that waited for them could not pass for one that jumped, however slow the
 * machine.
 */
class ClockTest {
    private static final Instant START = Instant.parse(Fixtures.START);
    private static final Duration LIMIT = Duration.ofMinutes(10);

    @RegisterExtension
    static final CloudEmulatorExtension CLOUD = CloudEmulatorExtension.builder()
            .configuration(EmulatorConfiguration.builder().setFunctionTimeout(LIMIT).addCollection("todos")
                    .setStartTime(START).build())
            .functions(Fixtures.FUNCTIONS)
            .build();

    @Test
    void server_dates_follow_the_clock(Database db, VirtualClock clock) {
        db.collection("todos").add(Map.of("_id", "a", "at", db.serverDate()));
        clock.advance(Duration.ofMinutes(90));
        db.collection("todos").add(Map.of("_id", "b", "at", db.serverDate()));
        assertThat(db.collection("todos").doc("a")).hasField("at", START);
        assertThat(db.collection("todos").doc("b")).hasField("at", START.plus(Duration.ofMinutes(90)));
    }

    @Test
    void a_function_timer_moves_the_clock_instead_of_waiting(Functions functions, VirtualClock clock) {
        FunctionResult r = functions.call("later", Map.of("ms", 300_000));
        assertThat(r).succeeded().hasResultField("waited", 300_000).hasResultField("now", "2024-03-17T02:25:30.000Z");
        assertThat(r.duration()).isLessThan(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void a_timer_beyond_the_time_limit_times_out_at_once(Functions functions) {
        FunctionResult r = functions.call("later", Map.of("ms", 3_600_000));
        assertThat(r).failedWithErrCode(-504003);
        assertThat(r.duration()).isLessThan(LIMIT);
    }

    @Test
    void temporary_urls_expire_when_the_clock_passes_their_max_age(Storage storage, VirtualClock clock)
            throws IOException, InterruptedException {
        String fileId = storage.uploadFile("a.txt", "hi".getBytes()).fileID();
        String url = storage.getTempFileURL(java.util.List.of(Map.of("fileID", fileId, "maxAge", 60)))
                .fileList().get(0).tempFileURL();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).build();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("hi");
        clock.advance(Duration.ofSeconds(61));
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }
}
