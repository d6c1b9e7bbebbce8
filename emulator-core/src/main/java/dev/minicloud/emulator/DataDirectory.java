package dev.minicloud.emulator;

import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.store.DocumentStore;
import dev.minicloud.emulator.internal.files.StorageFolder;
import dev.minicloud.emulator.internal.files.StorageService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The host folder an environment keeps its data in between runs: the documents in the H2 file
 * {@value #DATABASE_FILE}, the files as a plain tree under {@value #STORAGE_FOLDER}.
 */
final class DataDirectory {
    static final String DATABASE_FILE = EmulatorConfiguration.DATA_DIRECTORY_DATABASE_FILE;
    static final String STORAGE_FOLDER = "storage";

    private final Path directory;
    private final boolean isNew;
    private final boolean durable;
    private final StorageFolder files;

    private DataDirectory(Path directory, boolean isNew, boolean durable) {
        this.directory = directory;
        this.isNew = isNew;
        this.durable = durable;
        this.files = new StorageFolder(directory.resolve(STORAGE_FOLDER), durable);
    }

    /**
     * The directory, created if missing.
     *
     * @param durable whether every write is to reach the device before it is acknowledged
     *     ({@link EmulatorConfiguration#durableWrites()})
     */
    static DataDirectory open(Path directory, boolean durable) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + directory, e);
        }
        return new DataDirectory(directory, !Files.exists(directory.resolve(DATABASE_FILE)), durable);
    }

    /** Whether the directory held no database when it was opened: then the configured seeds fill it. */
    boolean isNew() {
        return isNew;
    }

    /** The files stored under {@value #STORAGE_FOLDER} by cloudPath. */
    StorageFolder files() {
        return files;
    }

    /** The storage folder if every file write is to go through to it at once, else empty. */
    Optional<StorageFolder> writeThrough() {
        return durable ? Optional.of(files) : Optional.empty();
    }

    /**
     * Opens the database file.
     *
     * @throws IllegalStateException if another process or environment has it open
     */
    DocumentStore openDatabase() {
        try {
            return DocumentStore.inFile(directory.resolve(DATABASE_FILE), durable);
        } catch (DocumentStore.FileLocked e) {
            throw new IllegalStateException("data directory " + directory + " is in use by another process or"
                    + " environment (its database file is locked); close that one first", e);
        }
    }

    /** Writes the database's committed changes to its file and mirrors the stored files into the storage folder. */
    void save(DatabaseEngine database, StorageService storage) {
        database.flush();
        files.write(storage.files());
    }
}
