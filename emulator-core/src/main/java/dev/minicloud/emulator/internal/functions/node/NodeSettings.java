package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.internal.admin.AdminEndpoint;

/**
 * How {@link NodeInstance}s start: the {@code node} program, the heap limit ({@code --max-old-space-size}) and the
 * admin endpoint whose door each instance's SDK calls.
 */
public record NodeSettings(String executable, int heapMegabytes, AdminEndpoint adminEndpoint) {}
