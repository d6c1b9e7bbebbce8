package dev.minicloud.emulator;

import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.js.FunctionRuntime;
import dev.minicloud.emulator.internal.storage.StorageService;
import dev.minicloud.emulator.storage.Storage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One emulated cloud environment: its own database, file storage, cloud functions and clock. Nothing is shared with
 * any other environment, so tests can run in parallel with one environment each.
 *
 * <pre>{@code
 * try (CloudEnvironment env = CloudEmulator.newEnvironment(
 *         EmulatorConfiguration.builder().addCollection("todos").build())) {
 *     env.database().collection("todos").add(Map.of("title", "write tests"));
 * }
 * }</pre>
 *
 * <p>Closing releases everything the environment holds; using it afterwards fails with
 * {@link IllegalStateException}.
 */
public final class CloudEnvironment implements AutoCloseable {
    private final EmulatorConfiguration configuration;
    private final VirtualClock clock;
    private final DatabaseEngine engine;
    private final Database database;
    private final FunctionRuntime functionRuntime;
    private final Functions functions;
    private final StorageService storageService;
    private final Storage storage;
    private final AtomicBoolean closed = new AtomicBoolean();

    CloudEnvironment(EmulatorConfiguration configuration, VirtualClock clock, DatabaseEngine engine,
            StorageService storageService, FunctionRuntime functionRuntime, Functions functions) {
        this.configuration = configuration;
        this.clock = clock;
        this.engine = engine;
        this.database = new Database(engine, configuration.throwOnNotFound());
        this.functionRuntime = functionRuntime;
        this.functions = functions;
        this.storageService = storageService;
        this.storage = new Storage(storageService);
    }

    /** The environment id. */
    public String envId() {
        return configuration.envId();
    }

    /** The settings this environment started with. */
    public EmulatorConfiguration configuration() {
        return configuration;
    }

    /** The environment's clock: move it to move {@code serverDate()}, id timestamps and expiries. */
    public VirtualClock clock() {
        return clock;
    }

    /** {@code cloud.database()} with the configured {@code throwOnNotFound}. */
    public Database database() {
        checkOpen();
        return database;
    }

    /** The environment's cloud functions, from the configured function roots. */
    public Functions functions() {
        checkOpen();
        return functions;
    }

    /**
     * The environment's file storage: {@code cloud.uploadFile}, {@code downloadFile}, {@code deleteFile} and
     * {@code getTempFileURL}, with temporary URLs served over HTTP on 127.0.0.1.
     */
    public Storage storage() {
        checkOpen();
        return storage;
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed.get();
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("environment " + envId() + " is closed");
        }
    }

    /**
     * Releases everything the environment holds: stops running functions, stops the temporary URL server, frees the
     * file storage, closes the database. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                functionRuntime.close();
                storageService.close();
            } finally {
                engine.close();
            }
        }
    }

    @Override
    public String toString() {
        return "CloudEnvironment[" + envId() + (isClosed() ? ", closed]" : "]");
    }
}
