package dev.minicloud.emulator.database.result;

import java.util.Map;

/**
 * The result of {@code doc(id).get()}: {@code {data: {...}, errMsg: "document.get:ok"}}; {@code data} is the
 * document itself, not a list.
 *
 * @param data the document, unmodifiable; null only for a missing document when {@code throwOnNotFound} is off
 * @param errMsg {@code "document.get:ok"}
 */
public record DocumentResult(Map<String, Object> data, String errMsg) {}
