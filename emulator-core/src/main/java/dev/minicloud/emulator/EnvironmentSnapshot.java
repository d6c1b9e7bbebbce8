package dev.minicloud.emulator;

import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * The data of an environment at one moment: its collections and documents, its files and its clock's time. Take one
 * with {@link CloudEnvironment#snapshot()} after an expensive setup and {@link CloudEnvironment#restore restore} it
 * before each test, or seed other environments with its parts.
 *
 * @param database every collection and document
 * @param storage every file
 * @param time the environment clock's time
 */
public record EnvironmentSnapshot(DatabaseSnapshot database, StorageSnapshot storage, Instant time) {
    public EnvironmentSnapshot {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(time, "time");
    }
}
