package dev.minicloud.emulator.database;

import dev.minicloud.emulator.internal.common.fixtures.FixtureFolder;
import dev.minicloud.emulator.internal.common.fixtures.FixtureFolder.FixtureFile;
import dev.minicloud.emulator.internal.database.engine.CollectionNames;
import dev.minicloud.emulator.internal.database.engine.SeedCollection;
import dev.minicloud.emulator.internal.database.fixtures.DocumentFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An immutable set of collections and their documents, to seed environments with. Fixtures are parsed and checked
 * once, when the snapshot is built; seeding an environment then copies references, so a 1,000-document fixture costs
 * each test well under a millisecond. Seeding writes documents directly: it never runs functions.
 *
 * <pre>{@code
 * DatabaseSnapshot fixtures = DatabaseSnapshot.fromClasspath("fixtures/db"); // todos.json, users.json
 * EmulatorConfiguration config = EmulatorConfiguration.builder().addDatabaseSeed(fixtures).build();
 * try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
 *     long open = env.database().collection("todos").where(Map.of("done", false)).count().total();
 * }
 * }</pre>
 *
 * <p>A fixture folder holds one file per collection, named after it: {@code <collection>.json} with an array of
 * documents, or {@code <collection>.jsonl} with one document per line, as the console exports them. Dates are written
 * {@code {"$date": <epoch millis>}} or {@code {"$date": "<ISO-8601>"}} and are read back as dates; every other value
 * is plain JSON. A document without {@code _id} gets one derived from its collection and position, the same in every
 * environment.
 */
public final class DatabaseSnapshot {
    private final Map<String, SeedCollection> collections;

    private DatabaseSnapshot(Map<String, SeedCollection> collections) {
        this.collections = Collections.unmodifiableMap(collections);
    }

    /** A snapshot without collections. */
    public static DatabaseSnapshot empty() {
        return builder().build();
    }

    /** A builder for snapshots assembled in code. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The fixture files in the host folder {@code folder}.
     *
     * @throws IllegalArgumentException if the folder does not exist, holds anything but {@code .json} and
     *     {@code .jsonl} files, or a file is not an array of documents (or JSON lines)
     */
    public static DatabaseSnapshot fromFolder(Path folder) {
        return fromFiles(FixtureFolder.fromFolder(folder).values());
    }

    /**
     * The fixture files in the classpath folder {@code resourceFolder} (for example {@code "fixtures/db"}), found
     * through the current thread's context class loader; the folder may be a directory or sit in a jar.
     *
     * @throws IllegalArgumentException as {@link #fromFolder}, or if the folder is not on the classpath
     */
    public static DatabaseSnapshot fromClasspath(String resourceFolder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(resourceFolder, loader != null ? loader : DatabaseSnapshot.class.getClassLoader());
    }

    /** The fixture files in the folder {@code resourceFolder} of {@code loader}'s classpath. */
    public static DatabaseSnapshot fromClasspath(String resourceFolder, ClassLoader loader) {
        Objects.requireNonNull(resourceFolder, "resourceFolder");
        return fromFiles(FixtureFolder.fromClasspath(resourceFolder, loader).values());
    }

    private static DatabaseSnapshot fromFiles(Collection<FixtureFile> files) {
        Builder b = builder();
        for (FixtureFile file : files) {
            b.addFixture(collectionOf(file), file.source(), file.content());
        }
        return b.build();
    }

    private static String collectionOf(FixtureFile file) {
        String path = file.relativePath();
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot);
        if (path.contains("/") || !(extension.equals(".json") || extension.equals(".jsonl"))) {
            throw new IllegalArgumentException("fixture " + file.source()
                    + " is not <collection>.json or <collection>.jsonl directly in the fixture folder");
        }
        return path.substring(0, dot);
    }

    /** The collections, in the order they were added. */
    public Set<String> collections() {
        return collections.keySet();
    }

    /** The documents of {@code collection} (frozen, {@code _id} first), or an empty list if it is not in the snapshot. */
    public List<Map<String, Object>> documents(String collection) {
        SeedCollection seed = collections.get(collection);
        if (seed == null) {
            return List.of();
        }
        List<Map<String, Object>> docs = new ArrayList<>(seed.documents().size());
        for (SeedCollection.Document d : seed.documents()) {
            docs.add(d.fields());
        }
        return Collections.unmodifiableList(docs);
    }

    /** The number of documents in all collections. */
    public int size() {
        int n = 0;
        for (SeedCollection seed : collections.values()) {
            n += seed.documents().size();
        }
        return n;
    }

    /** The prepared collections, for the database to seed from. */
    Collection<SeedCollection> seeds() {
        return collections.values();
    }

    /** Lists the collections and their sizes. */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "DatabaseSnapshot[", "]");
        collections.forEach((name, seed) -> s.add(name + " (" + seed.documents().size() + " documents)"));
        return s.toString();
    }

    /**
     * Assembles a snapshot in code. Adding documents to a collection added before appends to it; adding a snapshot
     * adds its collections.
     */
    public static final class Builder {
        private final Map<String, List<Map<String, ?>>> documents = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        private Builder() {}

        /** Adds an empty collection (or keeps an existing one). */
        public Builder addCollection(String name) {
            CollectionNames.check(name);
            documents.computeIfAbsent(name, n -> new ArrayList<>());
            sources.putIfAbsent(name, "collection " + name);
            return this;
        }

        /** Adds documents, given as Java values the way {@code add} takes them. */
        public Builder addDocuments(String collection, List<? extends Map<String, ?>> docs) {
            addCollection(collection);
            documents.get(collection).addAll(docs);
            return this;
        }

        /** Adds documents from fixture JSON text: an array of documents or one document per line. */
        public Builder addJson(String collection, String json) {
            return addFixture(collection, "collection " + collection, json.getBytes(StandardCharsets.UTF_8));
        }

        /** Adds documents from a fixture file ({@code .json} array or JSON lines). */
        public Builder addFile(String collection, Path file) {
            try {
                return addFixture(collection, file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fixture " + file, e);
            }
        }

        /** Adds every collection and document of {@code snapshot}. */
        public Builder addSnapshot(DatabaseSnapshot snapshot) {
            snapshot.collections.forEach((name, seed) -> addDocuments(name, snapshot.documents(name)));
            return this;
        }

        private Builder addFixture(String collection, String source, byte[] content) {
            addCollection(collection);
            sources.put(collection, source);
            documents.get(collection).addAll(DocumentFixtures.parse(source, content));
            return this;
        }

        /**
         * The immutable snapshot.
         *
         * @throws IllegalArgumentException if a collection name is invalid, a document would be refused by
         *     {@code add}, or an {@code _id} appears twice in one collection
         */
        public DatabaseSnapshot build() {
            Map<String, SeedCollection> prepared = new LinkedHashMap<>();
            documents.forEach((name, docs) -> prepared.put(name,
                    DocumentFixtures.prepare(name, sources.get(name), docs)));
            return new DatabaseSnapshot(prepared);
        }
    }
}
