package dev.minicloud.emulator;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.database.rules.PermissionSettings;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The immutable settings of an environment. Start from {@link #defaults()} or {@link #builder()}, change a copy with
 * {@link #toBuilder()}:
 *
 * <pre>{@code
 * EmulatorConfiguration config = EmulatorConfiguration.builder()
 *         .setEnvId("prod-1a2b")
 *         .addCollection("todos")
 *         .setStartTime(Instant.parse("2024-03-17T02:20:30Z"))
 *         .build();
 * }</pre>
 *
 * <p>A configuration holds no mutable state of its own, so one configuration can start any number of environments,
 * on any number of threads.
 */
public final class EmulatorConfiguration {
    /** The env id used when none is set. */
    public static final String DEFAULT_ENV_ID = "minicloud-local";
    /** Documents a server-side {@code get()} returns without {@code limit()}: 100, as wx-server-sdk 4.x. */
    public static final int DEFAULT_QUERY_LIMIT = 100;
    /** The largest {@code limit()} the server honours; larger values silently become this: 1000. */
    public static final int MAX_QUERY_LIMIT = 1000;
    /**
     * The largest file {@code uploadFile} accepts when no limit is set: 100 MiB (104,857,600 bytes). Files live in
     * the test JVM's heap, so the default stays far below the service's own limits.
     */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    /** The function time limit when none is configured, in seconds: 3, as the service. */
    public static final int DEFAULT_FUNCTION_TIMEOUT_SECONDS = 3;
    /** The app id client calls come from when none is configured. */
    public static final String DEFAULT_APP_ID = "wx0123456789abcdef";
    /** Bytes one invocation may allocate by default: 512 MB. */
    public static final long DEFAULT_FUNCTION_MEMORY_BUDGET = 512L << 20;
    /** How long a write outside a transaction waits for an open transaction holding its document: 5 seconds. */
    public static final Duration DEFAULT_TRANSACTION_LOCK_TIMEOUT = Duration.ofSeconds(5);
    /**
     * How long one database call of the Java API may run: 15 seconds, the request timeout of the server SDK
     * ({@code timeout: 15000} in the node SDK). A function's database calls have the function's time limit instead.
     */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(15);
    /**
     * The H2 file a {@linkplain #dataDirectory() data directory} keeps the documents in; a directory without it is
     * new, and the configured seeds fill it.
     */
    public static final String DATA_DIRECTORY_DATABASE_FILE = "database.mv.db";

    private static final Pattern ENV_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final String envId;
    private final VirtualClock sharedClock;
    private final Instant startTime;
    private final String appId;
    private final Path dataDirectory;
    private final boolean durableWrites;
    private final DatabaseSettings database;
    private final FunctionSettings functions;
    private final StorageSettings storage;
    private final PermissionSettings permissions;

    private EmulatorConfiguration(Builder b) {
        this.envId = b.envId;
        this.sharedClock = b.sharedClock;
        this.startTime = b.startTime;
        this.appId = b.appId;
        this.dataDirectory = b.dataDirectory;
        this.durableWrites = b.durableWrites;
        this.database = b.database.build();
        this.functions = b.functions.build();
        this.storage = b.storage.build();
        this.permissions = b.permissions.build();
    }

    /** The default settings: env id {@value #DEFAULT_ENV_ID}, no collections, host time. */
    public static EmulatorConfiguration defaults() {
        return builder().build();
    }

    /** A builder holding the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.envId = envId;
        b.sharedClock = sharedClock;
        b.startTime = startTime;
        b.appId = appId;
        b.dataDirectory = dataDirectory;
        b.durableWrites = durableWrites;
        b.database = database.toBuilder();
        b.functions = functions.toBuilder();
        b.storage = storage.toBuilder();
        b.permissions = PermissionsBuilder.of(permissions);
        return b;
    }

    /** The client side's permissions: per collection, the default, and the storage's. */
    PermissionSettings permissionSettings() {
        return permissions;
    }

    /**
     * The mini-program client's permissions these settings apply: each collection's own mode or rules, the default
     * mode of the others ({@link Permission#PRIVATE} unless set) and the storage's ({@link Permission#READONLY}
     * unless set). Admin callers (cloud functions, the Java API, the console) are never restricted by them.
     */
    public ClientPermissions permissions() {
        return PermissionsBuilder.describe(permissions);
    }

    /** The environment id, as {@code getWXContext().ENV} and fileIDs show it. */
    public String envId() {
        return envId;
    }

    /** Collections that exist when the environment starts. */
    public Set<String> collections() {
        return database.collections();
    }

    /** Whether a write to a missing collection creates it instead of failing with -502005 (default false). */
    public boolean autoCreateCollections() {
        return database.autoCreateCollections();
    }

    /** Whether {@code doc(id).get()} on a missing document throws (default true, as wx-server-sdk). */
    public boolean throwOnNotFound() {
        return database.throwOnNotFound();
    }

    /** Documents {@code get()} returns when the query sets no limit. */
    public int defaultQueryLimit() {
        return database.defaultQueryLimit();
    }

    /** The cap on {@code limit()}. */
    public int maxQueryLimit() {
        return database.maxQueryLimit();
    }

    /** The clock every environment started from this configuration shares, if one was set. */
    public Optional<VirtualClock> sharedClock() {
        return Optional.ofNullable(sharedClock);
    }

    /** The instant at which each environment's own frozen clock starts, if one was set. */
    public Optional<Instant> startTime() {
        return Optional.ofNullable(startTime);
    }

    /** Whether large collections build in-memory path indexes for queries (default true). */
    public boolean pathIndexes() {
        return database.pathIndexes();
    }

    /** Folders holding one sub-folder per cloud function, searched in order. */
    public List<Path> functionRoots() {
        return functions.roots();
    }

    /** The time limit of a function whose {@code config.json} sets none: {@value #DEFAULT_FUNCTION_TIMEOUT_SECONDS} s. */
    public Duration functionTimeout() {
        return functions.timeout();
    }

    /** {@code process.env} entries every function sees (a function's {@code config.json#envVariables} adds to them). */
    public Map<String, String> functionEnvironment() {
        return functions.environment();
    }

    /** The mini-program app id client calls come from: {@code getWXContext().APPID}, {@code event.userInfo.appId}. */
    public String appId() {
        return appId;
    }

    /** Where transpiled function code is cached between JVMs; empty for memory only. */
    public Optional<Path> transpileCacheDirectory() {
        return Optional.ofNullable(functions.transpileCacheDirectory());
    }

    /** Bytes one invocation may allocate before it is stopped. */
    public long functionMemoryBudget() {
        return functions.memoryBudget();
    }

    /** The engine of functions whose {@code config.json} names none ({@link FunctionRuntime#RHINO} by default). */
    public FunctionRuntime functionRuntime() {
        return functions.runtime();
    }

    /** The {@code node} program that {@link FunctionRuntime#NODE} functions run in: a path, or a name on the PATH. */
    public String nodeExecutable() {
        return functions.nodeExecutable();
    }

    /** The largest file {@code uploadFile} accepts, in bytes; larger uploads fail with -403001. */
    public long maxUploadBytes() {
        return storage.maxUploadBytes();
    }

    /** Files every environment's storage holds from the start, written in this order. */
    public List<StorageSnapshot> storageSeeds() {
        return storage.seeds();
    }

    /** Collections and documents every environment's database holds from the start, written in this order. */
    public List<DatabaseSnapshot> databaseSeeds() {
        return database.seeds();
    }

    /** The mini-program user {@code functions().call(name, event)} calls as; empty for server-side calls. */
    public Optional<WxContext> defaultCaller() {
        return Optional.ofNullable(functions.defaultCaller());
    }

    /**
     * How long a write outside a transaction waits for an open transaction that holds one of its documents before it
     * fails with the transaction-conflict error (default {@link #DEFAULT_TRANSACTION_LOCK_TIMEOUT}).
     */
    public Duration transactionLockTimeout() {
        return database.transactionLockTimeout();
    }

    /**
     * How long one database call of the Java API may run before it fails with -501002 (default
     * {@link #DEFAULT_QUERY_TIMEOUT}); a catastrophic regular expression or a huge scan stops there.
     */
    public Duration queryTimeout() {
        return database.queryTimeout();
    }

    /**
     * The host folder that keeps the environment's data between runs ({@code database.mv.db} and {@code storage/});
     * empty for an environment that lives in memory only, the default.
     */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    /**
     * Whether every acknowledged write to a {@linkplain #dataDirectory() data directory} is on the storage device
     * before the call returns; false (the default) leaves it to {@code flush()}, {@code close()} and H2's background
     * commit.
     */
    public boolean durableWrites() {
        return durableWrites;
    }

    /** Mutable builder of {@link EmulatorConfiguration}; setters check their argument at once. */
    public static final class Builder {
        private String envId = DEFAULT_ENV_ID;
        private VirtualClock sharedClock;
        private Instant startTime;
        private String appId = DEFAULT_APP_ID;
        private Path dataDirectory;
        private boolean durableWrites;
        private DatabaseSettings.Builder database = new DatabaseSettings.Builder();
        private FunctionSettings.Builder functions = new FunctionSettings.Builder();
        private StorageSettings.Builder storage = new StorageSettings.Builder();
        private PermissionsBuilder permissions = new PermissionsBuilder();

        private Builder() {}

        /** Sets the env id: letters, digits, {@code -} and {@code _}, at most 64 characters. */
        public Builder setEnvId(String envId) {
            Objects.requireNonNull(envId, "envId");
            if (!ENV_ID.matcher(envId).matches()) {
                throw new IllegalArgumentException("envId (" + envId
                        + ") must be 1-64 letters, digits, '-' or '_', starting with a letter or digit");
            }
            this.envId = envId;
            return this;
        }

        /** Adds a collection that exists from the start, as if created in the console. */
        public Builder addCollection(String name) {
            database.addCollection(name);
            return this;
        }

        /** Adds collections that exist from the start. */
        public Builder addCollections(String... names) {
            for (String name : names) {
                addCollection(name);
            }
            return this;
        }

        /**
         * Lets a write to a missing collection create it (off by default, because the service fails with -502005).
         * Reads of a missing collection then return nothing instead of failing.
         */
        public Builder setAutoCreateCollections(boolean autoCreate) {
            database.setAutoCreateCollections(autoCreate);
            return this;
        }

        /** Whether {@code doc(id).get()} on a missing document throws; {@code cloud.init({throwOnNotFound})}. */
        public Builder setThrowOnNotFound(boolean throwOnNotFound) {
            database.setThrowOnNotFound(throwOnNotFound);
            return this;
        }

        /** Sets how many documents {@code get()} returns without a limit, and the cap on {@code limit()}. */
        public Builder setQueryLimits(int defaultLimit, int maxLimit) {
            database.setQueryLimits(defaultLimit, maxLimit);
            return this;
        }

        /**
         * Gives every environment its own frozen clock starting at {@code start}; each moves only when its test moves
         * it. Replaces {@link #setClock}.
         */
        public Builder setStartTime(Instant start) {
            this.startTime = Objects.requireNonNull(start, "start");
            this.sharedClock = null;
            return this;
        }

        /**
         * Makes every environment use this clock. Environments started from the same configuration then share
         * it, so prefer {@link #setStartTime} when they run in parallel. Replaces {@link #setStartTime}.
         */
        public Builder setClock(VirtualClock clock) {
            this.sharedClock = Objects.requireNonNull(clock, "clock");
            this.startTime = null;
            return this;
        }

        /**
         * Whether a collection of 1,000 or more documents builds an in-memory index for a path the first time a query
         * filters on it with an equality, {@code in} or range (default on). Indexes change speed, never results:
         * every candidate is still checked by the matcher. Turn them off to measure plain scans.
         */
        public Builder setPathIndexes(boolean enabled) {
            database.setPathIndexes(enabled);
            return this;
        }

        /**
         * Adds a folder of cloud functions: each sub-folder is one function ({@code index.js} or
         * {@code package.json#main}, optional {@code config.json}, its own {@code node_modules}). Roots added first win.
         */
        public Builder addFunctionRoot(Path root) {
            functions.addRoot(root);
            return this;
        }

        /** The time limit of functions whose {@code config.json} sets none (default 3 s, as the service). */
        public Builder setFunctionTimeout(Duration timeout) {
            functions.setTimeout(timeout);
            return this;
        }

        /** Adds a {@code process.env} entry for every function, e.g. {@code TZ=Asia/Shanghai}. */
        public Builder putFunctionEnvironment(String name, String value) {
            functions.putEnvironment(name, value);
            return this;
        }

        /** The app id client calls come from (default {@value #DEFAULT_APP_ID}). */
        public Builder setAppId(String appId) {
            this.appId = Objects.requireNonNull(appId, "appId");
            return this;
        }

        /**
         * Sets the largest file {@code uploadFile} accepts, in bytes (default {@value #DEFAULT_MAX_UPLOAD_BYTES}, 100
         * MiB). A larger upload fails with errCode -403001 and stores nothing. Seeds are not limited.
         */
        public Builder setMaxUploadBytes(long maxUploadBytes) {
            storage.setMaxUploadBytes(maxUploadBytes);
            return this;
        }

        /**
         * Where transpiled function code is cached so a second JVM does not transpile again (default
         * {@code <java.io.tmpdir>/minicloud/transpile-cache}); null keeps the cache in memory only.
         */
        public Builder setTranspileCacheDirectory(Path directory) {
            functions.setTranspileCacheDirectory(directory);
            return this;
        }

        /** Bytes one invocation may allocate before it is stopped (default 512 MB; approximate, see docs). */
        public Builder setFunctionMemoryBudget(long bytes) {
            functions.setMemoryBudget(bytes);
            return this;
        }

        /**
         * The engine of every function whose {@code config.json} names none: {@link FunctionRuntime#RHINO} (the
         * default) or {@link FunctionRuntime#NODE}, which needs Node.js installed.
         */
        public Builder setFunctionRuntime(FunctionRuntime runtime) {
            functions.setRuntime(runtime);
            return this;
        }

        /** The {@code node} program for {@link FunctionRuntime#NODE}: a path, or a name looked up on the PATH. */
        public Builder setNodeExecutable(String node) {
            functions.setNodeExecutable(node);
            return this;
        }

        /**
         * Adds files every environment's storage holds from the start, as if uploaded before the test. Load a
         * fixture folder once with {@link StorageSnapshot#fromClasspath(String)} or
         * {@link StorageSnapshot#fromFolder}; each environment then gets its own copy. Later seeds replace earlier
         * ones at the same cloudPath.
         */
        public Builder addStorageSeed(StorageSnapshot files) {
            storage.addSeed(files);
            return this;
        }

        /**
         * Adds collections and documents every environment's database holds from the start, as if imported in the
         * console before the test. Build the snapshot once ({@link DatabaseSnapshot#fromClasspath(String)}); each
         * environment then gets its own copy, cheaply. Later seeds replace earlier documents with the same
         * {@code _id}. Seeding runs no functions.
         */
        public Builder addDatabaseSeed(DatabaseSnapshot documents) {
            database.addSeed(documents);
            return this;
        }

        /**
         * Makes {@code functions().call(name, event)} a client call from {@code caller} (null: a server-side call,
         * the default). {@code functions().as(...)} and the three-argument {@code call} still choose per call.
         */
        public Builder setDefaultCaller(WxContext caller) {
            functions.setDefaultCaller(caller);
            return this;
        }

        /**
         * Sets how long a write outside a transaction waits for an open transaction holding its document before it
         * fails; zero fails at once.
         */
        public Builder setTransactionLockTimeout(Duration timeout) {
            database.setTransactionLockTimeout(timeout);
            return this;
        }

        /**
         * Sets how long one database call of the Java API may run (matching, sorting, pipeline stages) before it
         * fails with {@code -501002 resource server timeout}. A function's database calls have the function's own
         * time limit instead.
         */
        public Builder setQueryTimeout(Duration timeout) {
            database.setQueryTimeout(timeout);
            return this;
        }

        /**
         * Keeps the environment's data in the host folder {@code directory} (created if missing) so that it survives
         * the JVM: documents in the H2 file {@code database.mv.db}, files as a plain tree under {@code storage/}
         * (cloudPath {@code a/b.png} is {@code storage/a/b.png}, the layout of a storage fixture folder). The
         * collections and seeds configured here fill only a new directory, one without a database yet; an existing
         * one starts from its own data, and {@code reset()} still empties it and loads the seeds. The database is
         * written as it changes (committed in the background about once a second), the files by
         * {@code CloudEnvironment.flush()} and {@code close()}; {@link #setDurableWrites} makes each write durable
         * at once. One environment at a time can have a directory open: H2 locks the file. Null (the default)
         * keeps everything in memory.
         *
         * @throws IllegalArgumentException if {@code directory} exists and is not a directory
         */
        public Builder setDataDirectory(Path directory) {
            if (directory != null && Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new IllegalArgumentException("data directory (" + directory + ") must be a directory");
            }
            this.dataDirectory = directory == null ? null : directory.toAbsolutePath().normalize();
            return this;
        }

        /**
         * The basic permission mode of {@code collection} for mini-program clients (cloud functions and the Java API
         * are admins and never restricted). Replaces security rules set for it.
         */
        public Builder setCollectionPermission(String collection, Permission mode) {
            permissions.setCollectionPermission(collection, mode);
            return this;
        }

        /** The mode of every collection without a mode or rules of its own; {@link Permission#PRIVATE} by default. */
        public Builder setDefaultCollectionPermission(Permission mode) {
            permissions.setDefaultCollectionPermission(mode);
            return this;
        }

        /**
         * Custom security rules for {@code collection}, as the console's JSON: {@code read}, {@code write} and
         * optionally {@code create}, {@code update}, {@code delete}, each {@code true}, {@code false} or an expression
         * such as {@code "doc._openid == auth.openid"}. Replaces a basic mode set for it.
         *
         * @throws IllegalArgumentException if the rules are not valid, naming the collection, the key and the
         *     position of the problem
         */
        public Builder setSecurityRules(String collection, String rulesJson) {
            permissions.setSecurityRules(collection, rulesJson);
            return this;
        }

        /** The storage's basic permission mode for clients; {@link Permission#READONLY} by default. */
        public Builder setStoragePermission(Permission mode) {
            permissions.setStoragePermission(mode);
            return this;
        }

        /**
         * Custom storage security rules: {@code read} and {@code write} over {@code resource.openid} (the uploader)
         * and {@code auth.openid}, as in the console.
         *
         * @throws IllegalArgumentException if the rules are not valid
         */
        public Builder setStorageSecurityRules(String rulesJson) {
            permissions.setStorageSecurityRules(rulesJson);
            return this;
        }

        /**
         * Makes every acknowledged write to the data directory durable: each database write, and each collection
         * created or dropped, is committed to {@code database.mv.db} and forced to the storage device before the call
         * returns, and each upload, delete and reset writes the storage folder at once (each file forced to the
         * device, then moved into place). A process killed at any moment then loses nothing it was told was
         * written. Without it (the default) a killed process loses up to about a second of database writes (H2's
         * background commit) and every file change since the last {@code flush()}. Durable writes cost a disk sync
         * per write and run storage writes one at a time; with them, an upload that the storage folder cannot hold
         * (a cloudPath that is a file and also the folder of another, a name over 255 bytes) fails at once with
         * {@code uploadFile:fail} instead of at the next flush. No effect without a data directory.
         */
        public Builder setDurableWrites(boolean durable) {
            this.durableWrites = durable;
            return this;
        }

        /**
         * Applies a project's permission file (MiniCloud reads {@code security-rules.json} from a project folder):
         * {@code {"database": {"<collection>": {"aclTag": "PRIVATE"} | {"aclTag": "CUSTOM", "rule": {...}}},
         * "defaultDatabaseAclTag": "...", "storage": {...}}}, shaped as CloudBase's management API sets permissions.
         * Settings it names replace earlier ones.
         *
         * @throws IllegalArgumentException if the file cannot be read or is not such a file, naming the part and,
         *     for rule text, the key and position
         */
        public Builder loadSecurityRules(Path file) {
            permissions.load(file);
            return this;
        }

        /** The immutable configuration. */
        public EmulatorConfiguration build() {
            return new EmulatorConfiguration(this);
        }
    }
}
