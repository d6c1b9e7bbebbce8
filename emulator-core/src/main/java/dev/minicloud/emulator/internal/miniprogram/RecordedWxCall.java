package dev.minicloud.emulator.internal.miniprogram;

import java.util.Map;

/**
 * A {@code wx.*} call as the recorder keeps it; the public API hands it out as {@code miniprogram.WxCall}, which
 * internal code does not name (docs/architecture.md, the package rule).
 */
public record RecordedWxCall(String api, Map<String, Object> options, String route) {}
