package dev.minicloud.emulator.database;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh environment per test, with the collections tests use, at a fixed time. */
abstract class DatabaseTest {
    static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");

    CloudEnvironment env;
    Database db;

    @BeforeEach
    void startEnvironment() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .setEnvId("test-1a2b")
                .addCollections("todos", "passages", "users")
                .setStartTime(NOW)
                .build());
        db = env.database();
    }

    @AfterEach
    void closeEnvironment() {
        env.close();
    }

    /** A JSON object written with single quotes, for readable test data. */
    static Map<String, Object> json(String text) {
        return Json.parseObject(text.replace('\'', '"'));
    }

    /** Loads a JSON array of documents from a file beside the test into a collection. */
    void seed(String collection, String resource) {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test data " + resource);
            }
            List<Object> docs = Json.parseArray(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (Object doc : docs) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = (Map<String, Object>) doc;
                db.collection(collection).add(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of one field of the matching documents, in result order. */
    List<Object> field(GetResult result, String name) {
        return result.data().stream().map(d -> d.get(name)).collect(Collectors.toList());
    }

    List<Object> ids(GetResult result) {
        return field(result, "_id");
    }
}
