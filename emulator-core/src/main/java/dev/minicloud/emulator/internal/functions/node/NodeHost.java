package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.HostObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SerializableCallable;

/**
 * The Java half of the Node modules that need the JDK: {@code crypto} (hashes, HMAC, AES, RSA signatures, random
 * values), {@code fs} (read-only, confined to one function's folder) and {@code process} (a monotonic clock). Each
 * function instance gets its own, bound to its folder.
 */
public final class NodeHost {
    public static final String VIRTUAL_ROOT = "/var/user";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodeHost() {}

    public static Scriptable process(Scriptable scope) {
        NativeObject host = object(scope);
        define(host, scope, "nanoTime", (cx, sc, self, a) -> (double) System.nanoTime());
        return host;
    }

    public static Scriptable crypto(Scriptable scope) {
        NativeObject host = object(scope);
        define(host, scope, "checkHash", (cx, sc, self, a) -> {
            digestName(ScriptRuntime.toString(a[0]));
            return org.mozilla.javascript.Undefined.instance;
        });
        define(host, scope, "hash", (cx, sc, self, a) -> call(() -> HostObject.bytes(cx, sc,
                MessageDigest.getInstance(digestName(ScriptRuntime.toString(a[0]))).digest(HostObject.bytes(a[1])))));
        define(host, scope, "hmac", (cx, sc, self, a) -> call(() -> {
            String mac = "Hmac" + digestName(ScriptRuntime.toString(a[0])).replace("-", "");
            Mac m = Mac.getInstance(mac);
            byte[] key = HostObject.bytes(a[1]);
            m.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, mac));
            return HostObject.bytes(cx, sc, m.doFinal(HostObject.bytes(a[2])));
        }));
        define(host, scope, "randomBytes", (cx, sc, self, a) -> {
            double size = ScriptRuntime.toNumber(a[0]);
            if (!(size >= 0 && size <= Integer.MAX_VALUE)) {
                throw ScriptRuntime.rangeError("The value of \"size\" is out of range. It must be >= 0 && <= "
                        + Integer.MAX_VALUE + ". Received " + ScriptRuntime.toString(a[0]));
            }
            Budget.reserve(cx, size);
            byte[] b = new byte[(int) size];
            RANDOM.nextBytes(b);
            return HostObject.bytes(cx, sc, b);
        });
        define(host, scope, "randomUUID", (cx, sc, self, a) -> UUID.randomUUID().toString());
        define(host, scope, "cipher", (cx, sc, self, a) -> call(() -> HostObject.bytes(cx, sc, cipher(
                ScriptRuntime.toBoolean(a[0]), ScriptRuntime.toString(a[1]), HostObject.bytes(a[2]),
                HostObject.bytes(a[3]), HostObject.bytes(a[4]), ScriptRuntime.toBoolean(a[5]),
                HostObject.bytes(a[6])))));
        define(host, scope, "sign", (cx, sc, self, a) -> call(() -> {
            Signature s = Signature.getInstance(signatureName(ScriptRuntime.toString(a[0])));
            s.initSign(privateKey(ScriptRuntime.toString(a[1])));
            s.update(HostObject.bytes(a[2]));
            return HostObject.bytes(cx, sc, s.sign());
        }));
        define(host, scope, "verify", (cx, sc, self, a) -> call(() -> {
            Signature s = Signature.getInstance(signatureName(ScriptRuntime.toString(a[0])));
            s.initVerify(publicKey(ScriptRuntime.toString(a[1])));
            s.update(HostObject.bytes(a[2]));
            return s.verify(HostObject.bytes(a[3]));
        }));
        return host;
    }

    /** File access for {@code fs}: paths are {@code /var/user/...} or relative to it, and never leave {@code dir}. */
    public static Scriptable fs(Scriptable scope, Path dir) {
        NativeObject host = object(scope);
        define(host, scope, "readFile", (cx, sc, self, a) -> {
            String path = ScriptRuntime.toString(a[0]);
            return io(path, () -> HostObject.bytes(cx, sc, Files.readAllBytes(confine(dir, path))));
        });
        define(host, scope, "exists", (cx, sc, self, a) -> {
            try {
                return Files.exists(confine(dir, ScriptRuntime.toString(a[0])));
            } catch (RuntimeException e) {
                return false;
            }
        });
        define(host, scope, "stat", (cx, sc, self, a) -> {
            String path = ScriptRuntime.toString(a[0]);
            return io(path, () -> {
                BasicFileAttributes attrs = Files.readAttributes(confine(dir, path), BasicFileAttributes.class);
                Scriptable s = cx.newObject(sc);
                s.put("size", s, (double) attrs.size());
                s.put("mtimeMs", s, (double) attrs.lastModifiedTime().toMillis());
                s.put("file", s, attrs.isRegularFile());
                s.put("directory", s, attrs.isDirectory());
                return s;
            });
        });
        define(host, scope, "readdir", (cx, sc, self, a) -> {
            String path = ScriptRuntime.toString(a[0]);
            return io(path, () -> {
                List<Object> names = new ArrayList<>();
                try (var stream = Files.list(confine(dir, path))) {
                    stream.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
                }
                return cx.newArray(sc, names.toArray());
            });
        });
        return host;
    }

    /** The host path of a function-visible path, or an error if it would leave the function's folder. */
    public static Path confine(Path dir, String path) {
        String rel = path.startsWith(VIRTUAL_ROOT + "/") ? path.substring(VIRTUAL_ROOT.length() + 1)
                : path.equals(VIRTUAL_ROOT) ? "" : path;
        if (rel.startsWith("/")) {
            throw fsError("EACCES", "permission denied, a cloud function can only read its own folder (" + VIRTUAL_ROOT
                    + "): '" + path + "'");
        }
        Path resolved = dir.resolve(rel).normalize();
        try {
            Path real = Files.exists(resolved, LinkOption.NOFOLLOW_LINKS) ? resolved.toRealPath() : resolved;
            if (!real.startsWith(dir.toRealPath()) || !resolved.startsWith(dir)) {
                throw fsError("EACCES", "permission denied, a cloud function can only read its own folder ("
                        + VIRTUAL_ROOT + "): '" + path + "'");
            }
        } catch (IOException e) {
            throw fsError("ENOENT", "no such file or directory, '" + path + "'");
        }
        return resolved;
    }

    @FunctionalInterface
    private interface IoCall {
        Object run() throws IOException;
    }

    private static Object io(String path, IoCall call) {
        try {
            return call.run();
        } catch (java.nio.file.NoSuchFileException e) {
            throw fsError("ENOENT", "no such file or directory, open '" + path + "'");
        } catch (IOException e) {
            throw fsError("EIO", e.getMessage());
        }
    }

    private static RuntimeException fsError(String code, String message) {
        return ScriptRuntime.constructError("Error", code + ": " + message);
    }

    @FunctionalInterface
    private interface CryptoCall {
        Object run() throws GeneralSecurityException;
    }

    private static Object call(CryptoCall call) {
        try {
            return call.run();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw ScriptRuntime.constructError("Error", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static String digestName(String algorithm) {
        return switch (algorithm.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            default -> throw ScriptRuntime.constructError("Error", "Digest method not supported");
        };
    }

    private static String signatureName(String algorithm) {
        String a = algorithm.toUpperCase(Locale.ROOT).replace("RSA-", "").replace("-", "");
        return switch (a) {
            case "SHA256", "SHA256WITHRSAENCRYPTION" -> "SHA256withRSA";
            case "SHA1" -> "SHA1withRSA";
            case "SHA512" -> "SHA512withRSA";
            case "MD5" -> "MD5withRSA";
            default -> throw ScriptRuntime.constructError("Error", "Unknown signature algorithm: " + algorithm);
        };
    }

    private static byte[] pem(String text, String kind) {
        String body = text.replaceAll("-----(BEGIN|END) " + kind + "-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new GeneralSecurityException("PKCS#1 'RSA PRIVATE KEY' PEM is not supported; convert it to PKCS#8"
                    + " ('PRIVATE KEY'), as WeChat Pay's apiclient_key.pem already is");
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(pem, "PRIVATE KEY")));
    }

    private static PublicKey publicKey(String pem) throws GeneralSecurityException {
        if (pem.contains("BEGIN CERTIFICATE")) {
            return CertificateFactory.getInstance("X.509").generateCertificate(
                    new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                    .getPublicKey();
        }
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem(pem, "PUBLIC KEY")));
    }

    private static byte[] cipher(boolean decrypt, String algorithm, byte[] key, byte[] iv, byte[] data,
            boolean padding, byte[] aad) throws GeneralSecurityException {
        String[] parts = algorithm.split("-");
        if (parts.length != 3 || !parts[0].equals("aes")) {
            throw new GeneralSecurityException("Unknown cipher " + algorithm);
        }
        int mode = decrypt ? Cipher.DECRYPT_MODE : Cipher.ENCRYPT_MODE;
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        Cipher c;
        switch (parts[2]) {
            case "cbc" -> {
                c = Cipher.getInstance("AES/CBC/" + (padding ? "PKCS5Padding" : "NoPadding"));
                c.init(mode, k, new IvParameterSpec(iv));
            }
            case "ecb" -> {
                c = Cipher.getInstance("AES/ECB/" + (padding ? "PKCS5Padding" : "NoPadding"));
                c.init(mode, k);
            }
            case "gcm" -> {
                c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(mode, k, new GCMParameterSpec(128, iv));
                if (aad.length > 0) {
                    c.updateAAD(aad);
                }
            }
            default -> throw new GeneralSecurityException("Unknown cipher " + algorithm);
        }
        return c.doFinal(data);
    }

    private static NativeObject object(Scriptable scope) {
        NativeObject o = new NativeObject();
        o.setParentScope(scope);
        o.setPrototype(ScriptableObject.getObjectPrototype(scope));
        return o;
    }

    private static void define(NativeObject host, Scriptable scope, String name, SerializableCallable body) {
        host.defineProperty(name, new LambdaFunction(scope, name, 1, body), ScriptableObject.DONTENUM);
    }
}
