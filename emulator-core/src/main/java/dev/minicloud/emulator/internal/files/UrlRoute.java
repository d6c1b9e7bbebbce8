package dev.minicloud.emulator.internal.files;

import java.time.Clock;

/**
 * What one environment's temporary URLs open: its bucket, its files, the signer only it knows and the clock that
 * judges expiry. The environment holds it strongly; the JVM's {@link TempUrlServer} only weakly.
 */
record UrlRoute(String bucket, FileStore store, UrlSigner signer, Clock clock) {}
