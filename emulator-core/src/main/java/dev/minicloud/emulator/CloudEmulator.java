package dev.minicloud.emulator;

import dev.minicloud.emulator.functions.call.OpenApi;
import dev.minicloud.emulator.http.HttpStubs;
import dev.minicloud.emulator.http.StubResponse;
import dev.minicloud.emulator.http.UnmatchedRequestException;
import dev.minicloud.emulator.internal.database.aggregate.AggregateExpressions;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.EngineSettings;
import dev.minicloud.emulator.internal.database.store.DocumentStore;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.internal.functions.FunctionRunner;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import dev.minicloud.emulator.internal.functions.triggers.TriggerScheduler;
import java.time.DateTimeException;
import java.time.ZoneId;
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
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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
     * @throws IllegalArgumentException if a file in the data directory's storage folder has no valid cloudPath, or
     *     a function's {@code config.json} declares an invalid trigger (the message names the function)
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
        HttpStubs http = new HttpStubs(clock);
        FunctionRunner functions = new FunctionRunner(configuration.functionRoots(), configuration.envId(),
                configuration.appId(), clock.movable(), engine, storage, openApi, outbound(http), configuration.functionEnvironment(),
                configuration.functionTimeout(), configuration.functionMemoryBudget(),
                configuration.transpileCacheDirectory().orElse(null), configuration.functionRuntime(),
                configuration.nodeExecutable());
        TriggerScheduler triggers;
        try {
            triggers = new TriggerScheduler(functions.triggers(), functions::callFromTrigger, clock.movable(),
                    triggerZone(configuration));
        } catch (RuntimeException e) {
            // A function whose config.json is invalid fails the start, as its upload would fail; nothing stays open.
            functions.close();
            storage.close();
            engine.close();
            throw e;
        }
        CloudEnvironment env = new CloudEnvironment(configuration, clock, configuration.sharedClock().isEmpty(),
                engine, storage, functions, openApi, http, data, triggers);
        functions.useAdminEndpoint(env::startedAdminEndpoint);
        return env;
    }

    /**
     * The zone cron expressions are read in: the environment's {@code TZ} if it names a zone, else Beijing time,
     * in which the platform's timers run.
     */
    private static ZoneId triggerZone(EmulatorConfiguration configuration) {
        String tz = configuration.functionEnvironment().get("TZ");
        try {
            return tz == null ? BEIJING : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return BEIJING;
        }
    }

    /** The stubs as the function runtime takes them: an unmatched request is an answer saying so. */
    private static OutboundHttp outbound(HttpStubs stubs) {
        return (function, method, url, headers, body, budget) -> {
            try {
                StubResponse r = stubs.exchange(function, method, url, headers, body, budget);
                return new OutboundHttp.Answer(r.status(), r.headers(), r.body(), r.delay(),
                        r.fault() == null ? null : r.fault().name(), null);
            } catch (UnmatchedRequestException e) {
                return new OutboundHttp.Answer(0, null, null, null, null, e.getMessage());
            }
        };
    }
}
