package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.storage.StorageSnapshot;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A console served over the command line's test project (functions todos, whoami, fails; collection todos with t1
 * of o_alice and t2 of o_bob; img/logo.png), with todos readable only by their owner.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String RULES = "{\"database\": {\"todos\": {\"aclTag\": \"CUSTOM\", \"rule\":"
            + " {\"read\": \"doc.owner == auth.openid\", \"write\": false}}}}";

    final LiveEnvironment live;
    final ConsoleServer server;
    final ConsoleHttp http;

    /**
     * @param functions the folder of functions to serve
     * @param frozenAt the frozen clock's start, or null for the host's clock
     */
    ConsoleFixture(Path functions, Path rulesFile, Instant frozenAt) {
        this(functions, rulesFile, frozenAt, EmulatorConfiguration.builder());
    }

    /** @param base settings to start from, such as a data directory */
    ConsoleFixture(Path functions, Path rulesFile, Instant frozenAt, EmulatorConfiguration.Builder base) {
        Path project = project();
        EmulatorConfiguration.Builder b = base.addFunctionRoot(functions)
                .addDatabaseSeed(DatabaseSnapshot.fromFolder(project.resolve("seed/database")))
                .addStorageSeed(StorageSnapshot.fromFolder(project.resolve("seed/storage")));
        if (frozenAt != null) {
            b.setStartTime(frozenAt);
        }
        EmulatorConfiguration config = b.build();
        // As serve does: the permission file is read at every start, so the console's edits take effect.
        live = new LiveEnvironment(() -> CloudEmulator.newEnvironment(Files.isRegularFile(rulesFile)
                ? config.toBuilder().loadSecurityRules(rulesFile).build() : config), List.of(functions), Duration.ZERO);
        server = ConsoleServer.start(live, Optional.of(rulesFile), 0);
        http = ConsoleHttp.of(server.url());
    }

    static ConsoleFixture start(Path tempDir, Instant frozenAt) {
        return new ConsoleFixture(project().resolve("functions"), rules(tempDir), frozenAt);
    }

    static Path rules(Path dir) {
        try {
            return Files.writeString(dir.resolve("security-rules.json"), RULES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path project() {
        try {
            return Path.of(ConsoleFixture.class.getResource("/dev/minicloud/emulator/cli/project").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts {@code body} to the served admin endpoint, as a Node backend's SDK does; the protocol answers 200. */
    Map<String, Object> admin(Map<String, Object> body) {
        ConsoleHttp.Answer answer = http.send(HttpRequest.newBuilder(URI.create(server.adminEndpoint()
                + "?env=x&seqId=1")).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.stringify(body))).build());
        if (answer.status() != 200) {
            throw new AssertionError("the admin endpoint answered " + answer.status() + ": " + answer.text());
        }
        return answer.json();
    }

    @Override
    public void close() {
        server.close();
        live.close();
    }
}
