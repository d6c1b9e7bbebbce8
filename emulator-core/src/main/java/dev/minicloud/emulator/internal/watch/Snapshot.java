package dev.minicloud.emulator.internal.watch;

import java.util.List;
import java.util.Map;

/** What {@code onChange} receives: the event id, whether it is the first snapshot, the list now and its changes. */
public record Snapshot(long id, boolean init, List<Map<String, Object>> docs, List<ChangeEvent> docChanges) {}
