package dev.minicloud.emulator.internal.database.query;

import java.util.Map;

/**
 * A {@code where} condition already in wire form, which the encoder passes through as it is: a front door that had
 * to read or rewrite the filter (the client's {@code '{openid}'} substitution and permission narrowing) hands the
 * engine the result without a second encoding.
 */
public record EncodedFilter(Map<String, Object> wire) {}
