package dev.minicloud.emulator.internal.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body as the SDK's form-data package writes it for {@code wx.openApi}: each part's
 * name from its {@code Content-Disposition}; a part with a {@code Content-Type} (a Buffer) as bytes, any other as
 * text.
 */
final class MultipartForm {
    private MultipartForm() {}

    /** The boundary a {@code Content-Type} header names, or null if it is not a multipart form. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            throw new IllegalArgumentException("multipart/form-data without a boundary");
        }
        String b = contentType.substring(at + "boundary=".length()).strip();
        return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
    }

    static Map<String, Object> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Object> fields = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("multipart body has no part");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return fields;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw new IllegalArgumentException("multipart body is cut short");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
            String name = name(headers);
            boolean binary = headers.toLowerCase(Locale.ROOT).contains("\r\ncontent-type:");
            fields.put(name, binary ? content : new String(content, StandardCharsets.UTF_8));
            at = next + 2;
        }
    }

    private static String name(String headers) {
        int at = headers.indexOf("name=\"");
        int end = at < 0 ? -1 : headers.indexOf('"', at + 6);
        if (end < 0) {
            throw new IllegalArgumentException("multipart part without a name");
        }
        return headers.substring(at + 6, end);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
