package dev.minicloud.emulator.internal.database.aggregate;

import java.util.List;
import java.util.Map;

/** One compiled pipeline stage: documents in, documents out. The input list is never changed. */
@FunctionalInterface
interface Stage {
    List<Map<String, Object>> apply(List<Map<String, Object>> input);
}
