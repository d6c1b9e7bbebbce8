package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.base.CloudException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The encodings of {@code FileSystemManager.readFile}/{@code writeFile}. Bytes without an encoding (an
 * {@code ArrayBuffer} in the page) cross the JSON bridge as {@code latin1}: one character per byte.
 */
final class FileEncodings {
    static final String BYTES = "latin1";

    private FileEncodings() {}

    static String decode(String api, byte[] content, String encoding) {
        return switch (name(api, encoding)) {
            case "base64" -> Base64.getEncoder().encodeToString(content);
            case "hex" -> HexFormat.of().formatHex(content);
            default -> new String(content, charset(api, encoding));
        };
    }

    static byte[] encode(String api, String text, String encoding) {
        return switch (name(api, encoding)) {
            case "base64" -> base64(api, text);
            case "hex" -> hex(api, text);
            default -> text.getBytes(charset(api, encoding));
        };
    }

    private static String name(String api, String encoding) {
        String n = encoding == null ? "utf8" : encoding.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "utf8", "utf-8" -> "utf8";
            case "ucs2", "ucs-2", "utf16le", "utf-16le" -> "utf16le";
            case "binary", "latin1" -> "latin1";
            case "ascii", "base64", "hex" -> n;
            default -> throw new CloudException(-1, api + ":fail invalid encoding " + encoding);
        };
    }

    private static Charset charset(String api, String encoding) {
        return switch (name(api, encoding)) {
            case "utf16le" -> StandardCharsets.UTF_16LE;
            case "latin1" -> StandardCharsets.ISO_8859_1;
            case "ascii" -> StandardCharsets.US_ASCII;
            default -> StandardCharsets.UTF_8;
        };
    }

    private static byte[] base64(String api, String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new CloudException(-1, api + ":fail invalid base64 data");
        }
    }

    private static byte[] hex(String api, String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new CloudException(-1, api + ":fail invalid hex data");
        }
    }
}
