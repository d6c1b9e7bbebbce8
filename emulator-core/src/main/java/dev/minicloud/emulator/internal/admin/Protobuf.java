package dev.minicloud.emulator.internal.admin;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The little of the protobuf wire format {@code wx.openApi} needs: reading the fields of a message (varints and
 * length-delimited values; fixed-width ones are skipped) and writing length-delimited fields.
 */
final class Protobuf {
    /** One field: its number, and its bytes when length-delimited (else null). */
    record Field(int number, byte[] bytes) {}

    private final byte[] data;
    private int at;

    Protobuf(byte[] data) {
        this.data = data;
    }

    /** The next field, or null at the end. */
    Field next() {
        if (at >= data.length) {
            return null;
        }
        long tag = varint();
        int number = (int) (tag >>> 3);
        switch ((int) (tag & 7)) {
            case 0 -> varint();
            case 1 -> skip(8);
            case 2 -> {
                long length = varint();
                if (length < 0 || length > data.length - at) {
                    throw malformed();
                }
                byte[] bytes = Arrays.copyOfRange(data, at, at + (int) length);
                at += (int) length;
                return new Field(number, bytes);
            }
            case 5 -> skip(4);
            default -> throw malformed();
        }
        return new Field(number, null);
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= data.length) {
                throw malformed();
            }
            byte b = data[at++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw malformed();
    }

    private void skip(int n) {
        if (n > data.length - at) {
            throw malformed();
        }
        at += n;
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("wx.openApi requestData is not a protobuf CommApiData");
    }

    static void writeBytes(ByteArrayOutputStream out, int number, byte[] bytes) {
        writeVarint(out, (long) number << 3 | 2);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
