package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EnvironmentSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The environment a long-running server works on, started again when a file of its functions changes: an
 * environment keeps each function's code (and warm instances holding its module state) from the first call, so new
 * code needs a new environment. The data survives the restart: a data directory is closed (saved) and opened again,
 * an environment in memory is snapshotted and restored into the new one.
 *
 * <p>Callers reach the environment only through {@link #use}, so a restart never happens under a running request.
 */
public final class LiveEnvironment implements AutoCloseable {
    private final Supplier<CloudEnvironment> starter;
    private final List<Path> watched;
    private final long checkEveryNanos;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private CloudEnvironment env;
    /** The data of an environment in memory, between closing it and restoring it into the next. */
    private EnvironmentSnapshot carried;
    private long fingerprint;
    private long lastCheck;
    /** Volatile, not guarded: a request holding the environment sets it, while a restart may wait on the monitor. */
    private volatile boolean restartRequested;
    private int restarts;

    /**
     * @param starter starts the environment, the first time and after every change
     * @param watched the function roots whose files are compared
     * @param checkEvery how often at most the files are compared (a walk of the folders); zero compares on every use
     */
    public LiveEnvironment(Supplier<CloudEnvironment> starter, List<Path> watched, Duration checkEvery) {
        this.starter = starter;
        this.watched = List.copyOf(watched);
        this.checkEveryNanos = checkEvery.toNanos();
        this.env = starter.get();
        this.fingerprint = fingerprint();
        this.lastCheck = System.nanoTime();
    }

    /** Runs {@code work} on the current environment, after starting a new one if the functions' files changed. */
    public <T> T use(Function<CloudEnvironment, T> work) {
        restartIfChanged();
        lock.readLock().lock();
        try {
            return work.apply(env);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Starts a new environment on the same data before the next {@link #use}, whatever the files: for a change the
     * starter reads but the watched folders do not show, such as the permission file the console just wrote.
     */
    public void restartOnNextUse() {
        restartRequested = true;
    }

    /** How many times the environment was started again (files changed, or a restart was requested). */
    public synchronized int restarts() {
        return restarts;
    }

    private synchronized void restartIfChanged() {
        long now = System.nanoTime();
        if (!restartRequested) {
            if (now - lastCheck < checkEveryNanos) {
                return;
            }
            lastCheck = now;
            long current = fingerprint();
            if (current == fingerprint) {
                return;
            }
            fingerprint = current;
        } else {
            // The new environment reads the functions too: changes made meanwhile need no second restart.
            fingerprint = fingerprint();
            lastCheck = now;
        }
        // Until a new environment has started, every use tries again: a starter can fail (a permission file edited
        // by hand into an invalid one), and the data waits in the data directory or in the snapshot taken.
        restartRequested = true;
        lock.writeLock().lock();
        try {
            if (env != null) {
                carried = env.configuration().dataDirectory().isPresent() ? null : env.snapshot();
                env.close();
                env = null;
            }
            CloudEnvironment started = starter.get();
            if (carried != null) {
                started.restore(carried);
                carried = null;
            }
            env = started;
            restartRequested = false;
            restarts++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A number that changes when a file under the watched folders is added, removed, resized or touched. */
    private long fingerprint() {
        long f = 17;
        for (Path root : watched) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    f = f * 31 + file.hashCode();
                    f = f * 31 + a.lastModifiedTime().toMillis();
                    f = f * 31 + a.size();
                }
            } catch (IOException | UncheckedIOException e) {
                // A file vanished during the walk: the folder is changing, so the next comparison will differ.
                f = f * 31 + 1;
            }
        }
        return f;
    }

    /** Closes the environment, saving a data directory. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (env != null) {
                env.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
