package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.DatabaseSnapshot;

/**
 * How much an environment holds, for the progress line and the shell.
 *
 * @param collections the number of collections
 * @param documents the number of documents in all of them
 * @param files the number of stored files
 */
record Contents(int collections, int documents, int files) {

    static Contents of(CloudEnvironment env) {
        DatabaseSnapshot database = env.database().snapshot();
        return new Contents(database.collections().size(), database.size(), env.storage().snapshot().size());
    }

    boolean isEmpty() {
        return collections == 0 && files == 0;
    }

    /** {@code "3 collections (12 documents) and 2 files"}. */
    @Override
    public String toString() {
        return count(collections, "collection") + " (" + count(documents, "document") + ") and "
                + count(files, "file");
    }

    /** {@code "1 file"}, {@code "2 files"}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
