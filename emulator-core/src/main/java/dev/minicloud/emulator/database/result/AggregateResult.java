package dev.minicloud.emulator.database.result;

import dev.minicloud.emulator.database.value.Geo;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code collection.aggregate()...end()}: {@code {list: [...], errMsg: "collection.aggregate:ok"}}.
 *
 * @param list the resulting documents, unmodifiable; GeoJSON objects in them are {@link Geo} values
 * @param errMsg {@code "collection.aggregate:ok"}
 */
public record AggregateResult(List<Map<String, Object>> list, String errMsg) {}
