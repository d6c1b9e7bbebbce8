package dev.minicloud.emulator.internal.files;

import java.nio.charset.StandardCharsets;

/** Writes a cloudPath into a URL path: non-ASCII and reserved characters are percent-encoded, {@code /} is kept. */
final class UrlPaths {
    private static final String KEPT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*'()/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {}

    static String encode(String cloudPath) {
        StringBuilder out = new StringBuilder(cloudPath.length() + 16);
        for (byte b : cloudPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && KEPT.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
