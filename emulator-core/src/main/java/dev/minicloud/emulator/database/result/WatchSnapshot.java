package dev.minicloud.emulator.database.result;

import java.util.List;
import java.util.Map;

/**
 * What a watcher's {@code onChange} receives: the event {@code id} (increasing per watcher), whether this is the
 * first snapshot ({@code type: 'init'}, sent even when the list is empty), the list as it now is ({@code docs}, in
 * {@code orderBy} order, else {@code _id} descending, cut to {@code limit}) and the changes of this event.
 */
public record WatchSnapshot(long id, boolean init, List<Map<String, Object>> docs, List<WatchChange> docChanges) {
    /** {@code "init"} for the first snapshot, null afterwards, as the SDK's {@code type}. */
    public String type() {
        return init ? "init" : null;
    }
}
