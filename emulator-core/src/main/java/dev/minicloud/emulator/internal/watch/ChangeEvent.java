package dev.minicloud.emulator.internal.watch;

import java.util.List;
import java.util.Map;

/**
 * One entry of a snapshot's {@code docChanges}. {@code updatedFields} and {@code removedFields} are set only for
 * {@code dataType: 'update'}; {@code doc} is the document after the change, or its last known version when it left
 * the list.
 */
public record ChangeEvent(long id, String dataType, String queueType, Object docId, Map<String, Object> doc,
        Map<String, Object> updatedFields, List<String> removedFields) {}
