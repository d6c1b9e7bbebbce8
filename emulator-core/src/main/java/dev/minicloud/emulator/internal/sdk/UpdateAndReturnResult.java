package dev.minicloud.emulator.internal.sdk;

import java.util.Map;

/**
 * The answer of {@code where(...).updateAndReturn(data)}: how many documents changed (0 or 1) and the first match as
 * it is after the update, or null when nothing matched.
 */
public record UpdateAndReturnResult(long updated, Map<String, Object> doc, String errMsg) {}
