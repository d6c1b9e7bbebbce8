package dev.minicloud.emulator.internal.functions.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Transpiled modules by content hash: in memory for this JVM and, when a folder is given, on disk so that the next
 * JVM does not pay Closure's cold start again. A cache of a pure function: the same source always gives the same
 * output, so sharing it cannot leak anything between environments.
 *
 * <p>A broken or unwritable cache folder only costs speed: the module is transpiled again.
 */
public final class TranspileCache {
    private static final ThreadFactory BIG_STACKS = new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            // Closure recurses deeply on large files such as lodash.
            Thread t = new Thread(null, r, "minicloud-transpiler-" + n.incrementAndGet(), 64L << 20);
            t.setDaemon(true);
            return t;
        }
    };

    private final ConcurrentHashMap<String, Future<Transpiled>> memory = new ConcurrentHashMap<>();
    private final ExecutorService transpilers = Executors.newFixedThreadPool(2, BIG_STACKS);

    /** The transpiled module, from memory, from {@code diskCache} (may be null), or from Closure. */
    public Transpiled get(String name, String source, Path diskCache) {
        String key = hash(name, source);
        Future<Transpiled> f = memory.computeIfAbsent(key, k -> transpilers.submit(() -> load(k, name, source,
                diskCache)));
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            memory.remove(key, f);
            throw new IllegalStateException("interrupted while transpiling " + name, e);
        } catch (ExecutionException e) {
            memory.remove(key, f);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Transpiled load(String key, String name, String source, Path diskCache) {
        if (diskCache != null) {
            Transpiled cached = read(diskCache, key);
            if (cached != null) {
                return cached;
            }
        }
        Transpiled fresh = Transpiler.transpile(name, source);
        if (diskCache != null) {
            write(diskCache, key, fresh);
        }
        return fresh;
    }

    private static Transpiled read(Path dir, String key) {
        Path code = dir.resolve(key + ".js");
        Path map = dir.resolve(key + ".map");
        try {
            if (Files.isRegularFile(code) && Files.isRegularFile(map)) {
                return new Transpiled(Files.readString(code), Files.readString(map));
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static void write(Path dir, String key, Transpiled t) {
        try {
            Files.createDirectories(dir);
            // The map first: a reader trusts the pair only when the code file exists too.
            atomicWrite(dir.resolve(key + ".map"), t.sourceMap());
            atomicWrite(dir.resolve(key + ".js"), t.code());
        } catch (IOException e) {
            // The cache is an optimisation; the next JVM transpiles again.
        }
    }

    private static void atomicWrite(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, text);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static String hash(String name, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Transpiler.VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
