package dev.minicloud.emulator;

import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.client.RulePartCoverage;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.OpenApi;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.http.HttpStubs;
import dev.minicloud.emulator.internal.admin.AdminEndpoint;
import dev.minicloud.emulator.internal.common.Facades;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.rules.RuleCoverage;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.internal.functions.FunctionRunner;
import dev.minicloud.emulator.internal.functions.triggers.TriggerScheduler;
import dev.minicloud.emulator.internal.miniprogram.MiniProgramRealm;
import dev.minicloud.emulator.internal.miniprogram.MiniProgramServices;
import dev.minicloud.emulator.internal.sdk.ClientFiles;
import dev.minicloud.emulator.internal.sdk.ClientGate;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.storage.Storage;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final boolean ownClock;
    private final OpenApi openApi;
    private final DatabaseEngine engine;
    private final Database database;
    private final FunctionRunner functionRuntime;
    private final Functions functions;
    private final StorageService storageService;
    private final Storage storage;
    /** Where the data is kept between runs; null for an environment in memory only. */
    private final DataDirectory dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Started by the first {@link #adminEndpoint()}; null until then. */
    private AdminEndpoint adminEndpoint;
    private final RuleCoverage ruleCoverage = new RuleCoverage();
    private final TriggerScheduler triggers;
    private final HttpStubs http;
    private final Runnable clockListener;
    private final List<MiniProgram> miniPrograms = new CopyOnWriteArrayList<>();

    CloudEnvironment(EmulatorConfiguration configuration, VirtualClock clock, boolean ownClock, DatabaseEngine engine,
            StorageService storageService, FunctionRunner functionRuntime, OpenApi openApi, HttpStubs http,
            DataDirectory dataDirectory, TriggerScheduler triggers) {
        this.configuration = configuration;
        this.clock = clock;
        this.ownClock = ownClock;
        this.engine = engine;
        this.database = Facades.create(Database.class, engine, configuration.throwOnNotFound());
        this.functionRuntime = functionRuntime;
        this.openApi = openApi;
        this.triggers = triggers;
        this.http = http;
        this.functions = Facades.create(Functions.class, functionRuntime, openApi,
                configuration.defaultCaller().orElse(null), triggers);
        this.storageService = storageService;
        this.storage = Facades.create(Storage.class, storageService);
        this.dataDirectory = dataDirectory;
        if (dataDirectory == null || dataDirectory.isNew()) {
            load();
        }
        this.clockListener = triggers::clockMoved;
        clock.addListener(clockListener);
        triggers.start();
    }

    /** Creates the configured collections and writes the seeds: the state the environment starts and resets to. */
    private void load() {
        for (String name : configuration.collections()) {
            engine.create(name);
        }
        for (DatabaseSnapshot seed : configuration.databaseSeeds()) {
            database.seed(seed);
        }
        for (StorageSnapshot seed : configuration.storageSeeds()) {
            storage.seed(seed);
        }
    }

    /**
     * The environment as the mini-program user {@code user} sees it: database calls under the collections'
     * permissions and security rules, and function calls made as that user. A {@link WxContext} without an openid
     * is a user who is not logged in.
     */
    public CloudClient client(WxContext user) {
        Objects.requireNonNull(user, "user");
        return Facades.create(CloudClient.class, user,
                Facades.create(Database.class, engine, clientOperations(user), true), functions, clientFiles(user));
    }

    private ClientFiles clientFiles(WxContext user) {
        return new ClientFiles(storageService, configuration.permissionSettings().storage(), ruleCoverage, clock,
                user.openId());
    }

    private DatabaseOperations clientOperations(WxContext user) {
        return new DatabaseOperations(engine, new ClientGate(configuration.permissionSettings(), ruleCoverage, engine,
                clock, user.openId()));
    }

    /**
     * How often each part of the collections' security rules was judged true and false by this environment's client
     * requests since it started or was last {@link #reset()}: every part of every custom rule, in the order written,
     * including parts no request reached (both counts 0). {@link #restore} keeps the counts, so a run of tests that
     * restores between them adds up. Requests of other environments never count here.
     */
    public List<RulePartCoverage> ruleCoverage() {
        return ruleCoverage.lines(configuration.permissionSettings(), RulePartCoverage::new);
    }

    /**
     * Loads the mini-program in {@code root} (its {@code app.js}, {@code app.json}, pages, {@code utils/},
     * {@code miniprogram_npm/}) into a sandbox of its own, acting as {@code user}: see {@link MiniProgram}. It is
     * closed with the environment.
     */
    public MiniProgram miniProgram(Path root, WxContext user) {
        checkOpen();
        Objects.requireNonNull(user, "user");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a mini-program folder: " + root);
        }
        MiniProgramServices services = new MiniProgramServices(clock.movable(), this::clientOperations, functions::call,
                this::clientFiles, storageService::newDeviceFolder, configuration.functionMemoryBudget(),
                configuration.transpileCacheDirectory().orElse(null));
        MiniProgram mp = Facades.create(MiniProgram.class, new MiniProgramRealm(root, services, user));
        miniPrograms.add(mp);
        return mp;
    }

    /** The mini-programs loaded into this environment, oldest first (a closed one fails when used). */
    public List<MiniProgram> miniPrograms() {
        return List.copyOf(miniPrograms);
    }

    /**
     * {@link #miniProgram(Path, WxContext)} as the configured default caller, or a user with openid
     * {@code "o_miniprogram_user"} when none is configured.
     */
    public MiniProgram miniProgram(Path root) {
        return miniProgram(root, configuration.defaultCaller().orElse(WxContext.ofOpenId("o_miniprogram_user")));
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

    /**
     * Where the functions' outbound HTTP goes: stubs the test sets, the record of every request, and opt-in
     * forwarding to a server on 127.0.0.1. Functions never reach the network.
     */
    public HttpStubs http() {
        checkOpen();
        return http;
    }

    /**
     * The URL of the environment's CloudBase admin endpoint: the HTTP API that the official server SDKs
     * ({@code wx-server-sdk}, {@code @cloudbase/node-sdk}) send every database, storage and function call to, on
     * 127.0.0.1. Give it to a real Node process as {@code TCB_CONTEXT_CNFG={"URL": "<url>"}} (or as
     * {@code serviceUrl} in {@code cloud.init}) and its unmodified SDK runs against this environment. Started by the
     * first call, served until the environment closes; see docs/admin-endpoint.md.
     */
    public URI adminEndpoint() {
        return startedAdminEndpoint().url();
    }

    /**
     * The environment variables under which an unmodified {@code wx-server-sdk} in a Node process you start reaches
     * this environment through {@link #adminEndpoint()}: {@code TCB_CONTEXT_CNFG}, {@code TCB_ENV},
     * {@code SCF_NAMESPACE}, placeholder credentials and the variables that keep the SDK from probing Tencent Cloud.
     * Add them to the process's environment, e.g. {@code processBuilder.environment().putAll(...)}.
     */
    public Map<String, String> adminEndpointVariables() {
        return AdminEndpoint.sdkVariables(adminEndpoint(), envId());
    }

    /** The admin endpoint, started if it was not yet: Node function instances get their doors from it. */
    synchronized AdminEndpoint startedAdminEndpoint() {
        checkOpen();
        if (adminEndpoint == null) {
            adminEndpoint = new AdminEndpoint(engine, storageService,
                    (name, event) -> functionRuntime.call(name, event, null), openApi);
        }
        return adminEndpoint;
    }

    /**
     * Puts the environment back as it started, without the cost of a new one: stops running functions and drops their
     * warm instances (no module state survives), forgets function calls, {@code openapi} calls and answers, HTTP
     * stubs and requests and the {@link #ruleCoverage() rule coverage}, empties the database and the storage and
     * loads the configured collections and seeds again (timer triggers do not fire meanwhile), and moves the
     * environment's own clock back to its start (a clock shared through {@code setClock} is left alone). Temporary
     * URLs issued before answer 404. A data directory is emptied and reseeded with it; its storage folder follows at
     * the next {@link #flush()}.
     *
     * <p>Call it when nothing else uses the environment; writes that run meanwhile may fail.
     */
    public void reset() {
        triggers.quietly(() -> {
            clear();
            ruleCoverage.clear();
            if (ownClock) {
                clock.restart();
            }
            load();
        });
    }

    /** The data stored now and the clock's time, to {@link #restore} later or to seed other environments with. */
    public EnvironmentSnapshot snapshot() {
        checkOpen();
        return new EnvironmentSnapshot(database.snapshot(), storage.snapshot(), clock.instant());
    }

    /**
     * Puts the environment back to {@code snapshot}: as {@link #reset()}, but the database and storage then hold the
     * snapshot's data instead of the configured seeds, and the environment's own frozen clock stands at the
     * snapshot's time (a clock following the host goes back to following it without a shift). The
     * {@link #ruleCoverage() rule coverage} is kept: it describes the tests run, not the data.
     */
    public void restore(EnvironmentSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        triggers.quietly(() -> {
            clear();
            if (ownClock) {
                clock.restart();
                if (clock.isFrozen()) {
                    clock.set(snapshot.time());
                }
            }
            database.seed(snapshot.database());
            storage.seed(snapshot.storage());
        });
    }

    private void clear() {
        checkOpen();
        functionRuntime.reset();
        engine.clear();
        storageService.clear();
        openApi.reset();
        http.reset();
    }

    /**
     * Writes the data to the {@linkplain EmulatorConfiguration#dataDirectory() data directory}: commits the database
     * file and makes the storage folder hold exactly the stored files. Does nothing for an environment in memory.
     * {@link #close()} flushes too; flush earlier to survive a process that may be killed.
     *
     * @throws IllegalStateException if one stored cloudPath is a file and also the folder of another
     *     ({@code a} and {@code a/b}), which a folder tree cannot hold; the storage folder is then left as it was
     */
    public void flush() {
        checkOpen();
        if (dataDirectory != null) {
            dataDirectory.save(engine, storageService);
        }
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
     * file storage, closes the database. With a data directory, the data is {@linkplain #flush() flushed} first; if
     * that fails, everything is still released and the failure is thrown. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                clock.removeListener(clockListener);
                triggers.close();
                miniPrograms.forEach(MiniProgram::close);
                closeAdminEndpoint();
                functionRuntime.close();
                if (dataDirectory != null) {
                    dataDirectory.save(engine, storageService);
                }
            } finally {
                try {
                    storageService.close();
                } finally {
                    engine.close();
                }
            }
        }
    }

    private synchronized void closeAdminEndpoint() {
        if (adminEndpoint != null) {
            adminEndpoint.close();
        }
    }

    @Override
    public String toString() {
        return "CloudEnvironment[" + envId() + (isClosed() ? ", closed]" : "]");
    }
}
