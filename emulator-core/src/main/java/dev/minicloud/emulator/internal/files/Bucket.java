package dev.minicloud.emulator.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The storage bucket of one environment and the fileIDs that name its files:
 * {@code cloud://<envId>.<bucket>/<cloudPath>} with
 * {@code <bucket> = <hex of the first two characters of envId>-<envId>-<appid>}.
 *
 * <p>The service's appid is a 10-digit Tencent Cloud account number. An environment has none, so MiniCloud derives
 * one that stays the same for the same env id on every machine and run: {@code 1250000000 + CRC-32(envId in UTF-8)
 * mod 10000000}, which also looks like the ones the service prints ({@code 125xxxxxxx}).
 */
public final class Bucket {
    private static final Pattern ANY_FILE_ID = Pattern.compile("(?s)cloud://[^./]+\\.[^/]+/.+");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Who a fileID belongs to, seen from this bucket. */
    public enum Owner {
        /** A file of this environment (which may or may not exist). */
        THIS_ENVIRONMENT,
        /** A well-formed fileID of another environment or bucket. */
        OTHER_ENVIRONMENT,
        /** Not a fileID at all. */
        MALFORMED
    }

    private final String name;
    private final String prefix;

    private Bucket(String envId, String name) {
        this.name = name;
        this.prefix = "cloud://" + envId + "." + name + "/";
    }

    /** The bucket of environment {@code envId} (env ids are ASCII, so each character is two hex digits). */
    public static Bucket of(String envId) {
        StringBuilder name = new StringBuilder(envId.length() + 16);
        for (int i = 0; i < Math.min(2, envId.length()); i++) {
            char c = envId.charAt(i);
            name.append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
        }
        CRC32 crc = new CRC32();
        crc.update(envId.getBytes(StandardCharsets.UTF_8));
        long appId = 1_250_000_000L + crc.getValue() % 10_000_000L;
        return new Bucket(envId, name.append('-').append(envId).append('-').append(appId).toString());
    }

    /** The bucket name, for example {@code 6465-demo-5c0mj-1259912638}. */
    public String name() {
        return name;
    }

    /** The fileID of {@code cloudPath} in this bucket. */
    public String fileIdOf(String cloudPath) {
        return prefix + cloudPath;
    }

    /** Who owns {@code fileID}. */
    public Owner ownerOf(String fileID) {
        if (fileID.startsWith(prefix) && fileID.length() > prefix.length()) {
            return Owner.THIS_ENVIRONMENT;
        }
        return ANY_FILE_ID.matcher(fileID).matches() ? Owner.OTHER_ENVIRONMENT : Owner.MALFORMED;
    }

    /** The cloudPath of a fileID whose owner is {@link Owner#THIS_ENVIRONMENT}. */
    public String cloudPathOf(String fileID) {
        return fileID.substring(prefix.length());
    }
}
