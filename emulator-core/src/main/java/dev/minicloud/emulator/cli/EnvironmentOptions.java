package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options both commands share, checked and turned into the configuration of the environment they run on. Paths
 * are resolved against the working directory.
 */
final class EnvironmentOptions {
    private final Path workingDirectory;
    private final EmulatorConfiguration configuration;
    private final List<Path> functionRoots;
    private final Optional<Path> dataDirectory;
    private final boolean newDataDirectory;
    private final boolean quiet;
    private final Optional<Path> rulesFile;
    private final Optional<StubsFile> httpStubs;

    private EnvironmentOptions(Path workingDirectory, EmulatorConfiguration configuration, List<Path> functionRoots,
            Optional<Path> dataDirectory, boolean quiet, Optional<Path> rulesFile, Optional<StubsFile> httpStubs) {
        this.workingDirectory = workingDirectory;
        this.configuration = configuration;
        this.functionRoots = functionRoots;
        this.dataDirectory = dataDirectory;
        this.newDataDirectory = dataDirectory
                .map(d -> !Files.exists(d.resolve(EmulatorConfiguration.DATA_DIRECTORY_DATABASE_FILE))).orElse(false);
        this.quiet = quiet;
        this.rulesFile = rulesFile;
        this.httpStubs = httpStubs;
    }

    /**
     * Checks the options and loads the seeds.
     *
     * @throws UsageException naming the option whose value cannot be used
     */
    static EnvironmentOptions from(CommandLine line, Path workingDirectory) {
        Optional<Project> project = line.value(Option.PROJECT)
                .map(p -> Project.read(workingDirectory.resolve(p).normalize()));
        EmulatorConfiguration.Builder b = EmulatorConfiguration.builder();

        List<Path> roots = new ArrayList<>();
        for (String root : line.values(Option.FUNCTIONS)) {
            roots.add(FunctionRoots.check(root, folder(workingDirectory, Option.FUNCTIONS, root)));
        }
        if (roots.isEmpty()) {
            project.flatMap(Project::functions).ifPresent(roots::add);
        }
        roots.forEach(b::addFunctionRoot);

        Optional<Path> databaseSeed = line.value(Option.SEED_DB).map(d -> folder(workingDirectory, Option.SEED_DB, d))
                .or(() -> project.flatMap(Project::databaseSeed));
        databaseSeed.ifPresent(d -> b.addDatabaseSeed(load(DatabaseSnapshot::fromFolder, d, "database fixtures")));
        for (String names : line.values(Option.COLLECTIONS)) {
            set(Option.COLLECTIONS, () -> b.addCollections(names.split(",", -1)));
        }
        Optional<Path> storageSeed = line.value(Option.SEED_FILES)
                .map(d -> folder(workingDirectory, Option.SEED_FILES, d))
                .or(() -> project.flatMap(Project::storageSeed));
        storageSeed.ifPresent(d -> b.addStorageSeed(load(StorageSnapshot::fromFolder, d, "storage fixtures")));

        // Checked now, so that a bad file is refused before anything runs; read again at every start.
        Optional<Path> rules = line.value(Option.RULES).map(f -> workingDirectory.resolve(f).normalize());
        rules.ifPresent(f -> set(Option.RULES, () -> EmulatorConfiguration.builder().loadSecurityRules(f)));
        project.flatMap(Project::securityRules).filter(f -> rules.isEmpty())
                .ifPresent(f -> set(Option.PROJECT, () -> EmulatorConfiguration.builder().loadSecurityRules(f)));
        Optional<Path> rulesFile = rules.or(() -> line.value(Option.PROJECT)
                .map(p -> workingDirectory.resolve(p).normalize().resolve(Project.RULES_FILE)));

        Optional<StubsFile> httpStubs = line.value(Option.HTTP_STUBS).map(f -> workingDirectory.resolve(f).normalize())
                .or(() -> project.flatMap(Project::httpStubs)).map(StubsFile::read);

        Optional<Path> dataDirectory = line.value(Option.DATA_DIR).map(d -> workingDirectory.resolve(d).normalize());
        dataDirectory.ifPresent(d -> set(Option.DATA_DIR, () -> b.setDataDirectory(d)));
        line.value(Option.ENV).ifPresent(id -> set(Option.ENV, () -> b.setEnvId(id)));
        line.value(Option.APPID).or(() -> project.flatMap(Project::appId)).ifPresent(b::setAppId);
        line.value(Option.OPENID).ifPresent(id -> b.setDefaultCaller(WxContext.ofOpenId(id)));
        line.value(Option.TIME).ifPresent(t -> set(Option.TIME, () -> b.setStartTime(TimeArguments.instant(t))));
        line.value(Option.TIMEOUT).ifPresent(s -> set(Option.TIMEOUT, () -> b.setFunctionTimeout(seconds(s))));
        line.value(Option.RUNTIME).ifPresent(r -> set(Option.RUNTIME,
                () -> b.setFunctionRuntime(FunctionRuntime.named(r))));
        for (String entry : line.values(Option.ENV_VAR)) {
            int eq = entry.indexOf('=');
            if (eq < 1) {
                throw new UsageException("--env-var " + entry + " is not NAME=VALUE");
            }
            b.putFunctionEnvironment(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return new EnvironmentOptions(workingDirectory, b.build(), List.copyOf(roots), dataDirectory,
                line.has(Option.QUIET), rulesFile, httpStubs);
    }

    private static Path folder(Path workingDirectory, Option option, String value) {
        Path folder = workingDirectory.resolve(value).normalize();
        if (!Files.isDirectory(folder)) {
            throw new UsageException(option.flag() + " " + value + " is not a folder (" + folder + ")");
        }
        return folder;
    }

    private static <T> T load(Function<Path, T> loader, Path folder, String what) {
        try {
            return loader.apply(folder);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UsageException("cannot load the " + what + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Applies a setting, reporting an objection to the value as the option's. */
    private static void set(Option option, Runnable setting) {
        try {
            setting.run();
        } catch (IllegalArgumentException | UsageException e) {
            throw new UsageException(option.flag() + ": " + e.getMessage(), e);
        }
    }

    private static Duration seconds(String text) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException("'" + text + "' is not a number of seconds", e);
        }
    }

    /** The configuration the environment starts from. */
    EmulatorConfiguration configuration() {
        return configuration;
    }

    /** The function folders, in the order they are searched. */
    List<Path> functionRoots() {
        return functionRoots;
    }

    /**
     * The permission file: --rules, else the project's {@code security-rules.json}, which may not exist yet (the
     * console creates it when a permission is edited). Read at every start.
     */
    Optional<Path> rulesFile() {
        return rulesFile;
    }

    /** Whether progress is left off stderr. */
    boolean quiet() {
        return quiet;
    }

    /**
     * Starts the environment, with {@code extraRoots} after the configured function roots, the permission file and
     * the HTTP stubs: read again at every start, so an environment started anew has their current content.
     *
     * @throws UsageException if the data directory is in use or holds a file that cannot be stored
     */
    CloudEnvironment start(Path... extraRoots) {
        EmulatorConfiguration.Builder b = configuration.toBuilder();
        for (Path root : extraRoots) {
            b.addFunctionRoot(root);
        }
        try {
            rulesFile.filter(Files::isRegularFile).ifPresent(b::loadSecurityRules);
            CloudEnvironment env = CloudEmulator.newEnvironment(b.build());
            httpStubs.ifPresent(s -> s.applyTo(env.http()));
            return env;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * The progress line telling a person what the environment holds, e.g. {@code environment minicloud-local, 5
     * functions from samples/cloudfunctions, seeded 3 collections (12 documents) and 2 files}.
     */
    String summary(Contents contents, int functions) {
        StringBuilder s = new StringBuilder("environment ").append(configuration.envId()).append(", ")
                .append(Contents.count(functions, "function"));
        if (!functionRoots.isEmpty()) {
            s.append(" from ").append(String.join(" and ", functionRoots.stream().map(this::shown).toList()));
        }
        if (dataDirectory.isEmpty()) {
            s.append(contents.isEmpty() ? ", no seed data" : ", seeded " + contents);
        } else if (newDataDirectory) {
            s.append(", new data directory ").append(shown(dataDirectory.get()))
                    .append(contents.isEmpty() ? "" : " seeded with " + contents);
        } else {
            s.append(", data directory ").append(shown(dataDirectory.get())).append(" with ").append(contents);
        }
        configuration.startTime().ifPresent(t -> s.append(", clock frozen at ").append(t));
        return s.toString();
    }

    /** What to tell a person whose environment has no functions. */
    String whyNoFunctions() {
        return functionRoots.isEmpty() ? "no functions were found: use --project or --functions"
                : "no functions were found in " + String.join(" or ", functionRoots.stream().map(this::shown).toList())
                        + ": a function is a sub-folder holding index.js or package.json";
    }

    /** A path as the person typed it: relative to the working directory when inside it. */
    private String shown(Path path) {
        return path.startsWith(workingDirectory) && !path.equals(workingDirectory)
                ? workingDirectory.relativize(path).toString() : path.toString();
    }
}
