package dev.minicloud.emulator.database.result;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@link WatchSnapshot#docChanges()}.
 *
 * @param id the event id
 * @param dataType {@code init}, {@code add}, {@code update} (an {@code update()}), {@code replace} (a {@code set()}),
 *     {@code remove}, or {@code limit} (the document entered or left a limited window because of another change)
 * @param queueType {@code init}, {@code update} (still listed, content changed), {@code enqueue} (now listed) or
 *     {@code dequeue} (no longer listed)
 * @param docId the document's {@code _id}
 * @param doc the document after the change, or its last listed version when it left the list
 * @param updatedFields for {@code dataType: 'update'} only: dot path to new value (sub-documents field by field,
 *     arrays whole); null otherwise
 * @param removedFields for {@code dataType: 'update'} only: the dot paths removed; null otherwise
 */
public record WatchChange(long id, String dataType, String queueType, Object docId, Map<String, Object> doc,
        Map<String, Object> updatedFields, List<String> removedFields) {}
