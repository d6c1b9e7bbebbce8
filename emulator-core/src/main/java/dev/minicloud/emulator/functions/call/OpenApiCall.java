package dev.minicloud.emulator.functions.call;

import java.util.Map;

/**
 * A {@code cloud.openapi.<module>.<method>(params)} call a function made, as the recording stub saw it.
 *
 * @param api {@code "<module>.<method>"}, e.g. {@code "subscribeMessage.send"}
 * @param params the parameters, as plain Java JSON values
 * @param function the calling function
 */
public record OpenApiCall(String api, Map<String, Object> params, String function) {}
