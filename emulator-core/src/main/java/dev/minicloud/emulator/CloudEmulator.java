package dev.minicloud.emulator;

import dev.minicloud.emulator.functions.OpenApi;
import dev.minicloud.emulator.internal.aggregate.AggregateExpressions;
import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.engine.EngineSettings;
import dev.minicloud.emulator.internal.js.FunctionRunner;
import dev.minicloud.emulator.internal.storage.StorageService;
import dev.minicloud.emulator.internal.store.DocumentStore;
import java.util.Map;

/**
 * The entry point: starts emulated cloud environments.
 *
 * <pre>{@code
 * try (CloudEnvironment env = CloudEmulator.newEnvironment()) {
 *     env.database().createCollection("todos");
 * }
 * }</pre>
 */
public final class CloudEmulator {
    private CloudEmulator() {}

    /** A fresh environment with the default configuration. */
    public static CloudEnvironment newEnvironment() {
        return newEnvironment(EmulatorConfiguration.defaults());
    }

    /**
     * A fresh environment: its own in-memory H2 database, clock, collections and file storage; or, with a
     * {@linkplain EmulatorConfiguration#dataDirectory() data directory}, the data kept there.
     *
     * @throws IllegalStateException if the data directory is in use by another process or environment
     * @throws IllegalArgumentException if a file in the data directory's storage folder has no valid cloudPath
     */
    public static CloudEnvironment newEnvironment(EmulatorConfiguration configuration) {
        VirtualClock clock = configuration.sharedClock()
                .orElseGet(() -> configuration.startTime().map(VirtualClock::fixed).orElseGet(VirtualClock::system));
        EngineSettings settings = new EngineSettings(configuration.envId(), configuration.autoCreateCollections(),
                configuration.defaultQueryLimit(), configuration.maxQueryLimit(), configuration.pathIndexes(),
                configuration.transactionLockTimeout(), configuration.queryTimeout());
        DataDirectory data = configuration.dataDirectory()
                .map(directory -> DataDirectory.open(directory, configuration.durableWrites())).orElse(null);
        // The files are read before the database opens, so that a bad file leaves nothing open or locked.
        Map<String, byte[]> savedFiles = data == null ? Map.of() : data.files().read();
        DatabaseEngine engine = new DatabaseEngine(data == null ? DocumentStore.inMemory() : data.openDatabase(),
                clock, settings, new AggregateExpressions());
        StorageService storage = new StorageService(configuration.envId(), clock, configuration.maxUploadBytes(),
                data == null ? null : data.writeThrough().orElse(null));
        storage.seed(savedFiles);
        OpenApi openApi = new OpenApi();
        FunctionRunner functions = new FunctionRunner(configuration.functionRoots(), configuration.envId(),
                configuration.appId(), clock, engine, storage, openApi, configuration.functionEnvironment(),
                configuration.functionTimeout(), configuration.functionMemoryBudget(),
                configuration.transpileCacheDirectory().orElse(null), configuration.functionRuntime(),
                configuration.nodeExecutable());
        CloudEnvironment env = new CloudEnvironment(configuration, clock, configuration.sharedClock().isEmpty(),
                engine, storage, functions, openApi, data);
        functions.useAdminEndpoint(env::adminEndpoint);
        return env;
    }
}
