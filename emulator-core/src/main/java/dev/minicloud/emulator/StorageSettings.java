package dev.minicloud.emulator;

import dev.minicloud.emulator.storage.StorageSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The storage part of an {@link EmulatorConfiguration}; its builder checks each value as it is set. */
record StorageSettings(long maxUploadBytes, List<StorageSnapshot> seeds) {

    StorageSettings {
        seeds = List.copyOf(seeds);
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.maxUploadBytes = maxUploadBytes;
        b.seeds.addAll(seeds);
        return b;
    }

    static final class Builder {
        private long maxUploadBytes = EmulatorConfiguration.DEFAULT_MAX_UPLOAD_BYTES;
        private final List<StorageSnapshot> seeds = new ArrayList<>();

        void setMaxUploadBytes(long maxUploadBytes) {
            if (maxUploadBytes < 1) {
                throw new IllegalArgumentException("maxUploadBytes (" + maxUploadBytes + ") must be at least 1");
            }
            this.maxUploadBytes = maxUploadBytes;
        }

        void addSeed(StorageSnapshot files) {
            seeds.add(Objects.requireNonNull(files, "files"));
        }

        StorageSettings build() {
            return new StorageSettings(maxUploadBytes, seeds);
        }
    }
}
