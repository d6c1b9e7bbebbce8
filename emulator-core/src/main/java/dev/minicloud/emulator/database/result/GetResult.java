package dev.minicloud.emulator.database.result;

import java.util.List;
import java.util.Map;

/**
 * The result of {@code get()} on a collection or query: {@code {data: [...], errMsg: "collection.get:ok"}}.
 *
 * @param data the documents, unmodifiable
 * @param errMsg {@code "collection.get:ok"}
 */
public record GetResult(List<Map<String, Object>> data, String errMsg) {}
