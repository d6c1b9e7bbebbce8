package dev.minicloud.emulator.internal.functions.node;

import java.net.URI;

/**
 * How {@link NodeInstance}s start: the {@code node} program, the heap limit ({@code --max-old-space-size}) and the
 * admin endpoint their SDK calls.
 */
public record NodeSettings(String executable, int heapMegabytes, URI adminEndpoint) {}
