package dev.minicloud.emulator.internal.files;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs temporary URLs: the {@code sign} parameter is the first 16 bytes, in hex, of HMAC-SHA256 over
 * {@code cloudPath + "\n" + t} with a secret only this environment knows. A URL of one environment therefore never
 * opens a file of another, even when both use the same env id, and no part of a URL can be changed without breaking
 * the signature.
 */
final class UrlSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SecretKeySpec key;

    private UrlSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A signer with a fresh random secret. */
    static UrlSigner withRandomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new UrlSigner(secret);
    }

    /** The 32-hex-digit signature of {@code cloudPath} expiring at {@code expiry} (epoch seconds). */
    String sign(String cloudPath, long expiry) {
        byte[] mac = mac((cloudPath + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[32];
        for (int i = 0; i < 16; i++) {
            hex[2 * i] = HEX[(mac[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[mac[i] & 0xf];
        }
        return new String(hex);
    }

    /** Whether {@code sign} is the signature of {@code cloudPath} expiring at {@code expiry}, in constant time. */
    boolean verify(String cloudPath, long expiry, String sign) {
        return MessageDigest.isEqual(sign(cloudPath, expiry).getBytes(StandardCharsets.US_ASCII),
                sign.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
