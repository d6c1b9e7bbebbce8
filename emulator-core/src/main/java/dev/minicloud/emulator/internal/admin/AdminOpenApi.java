package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code wx.openApi}, the action behind {@code cloud.openapi.<module>.<method>(params)} in wx-server-sdk 4.0.2. The SDK
 * sends it as a multipart form whose {@code requestData} is a protobuf {@code CommApiData}: each parameter a
 * {@code KeyValuePair} of its snake_case name and its JSON text. It reads the answer as a protobuf
 * {@code CommOpenApiResp} holding WeChat's JSON, or as a JSON error when it comes as JSON. The call is answered by the
 * environment's recording stub, the one Rhino functions' {@code openapi} reaches.
 */
final class AdminOpenApi {
    private AdminOpenApi() {}

    static byte[] call(Map<String, Object> p, AdminScope scope) {
        if (!(p.get("apiName") instanceof String api) || api.isEmpty()) {
            throw new IllegalArgumentException("wx.openApi needs an apiName");
        }
        if (!(p.get("requestData") instanceof byte[] data)) {
            throw new IllegalArgumentException("wx.openApi needs requestData, a protobuf CommApiData");
        }
        Map<String, Object> params = parameters(data);
        Map<String, Object> wechat;
        try {
            wechat = wire(api, scope.openApi(api, params));
        } catch (CloudException e) {
            wechat = failure(api, e.errCode(), e.errMsg());
        }
        return response(JsonCodec.write(wechat, DateStyle.ISO_STRING).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A configured answer as WeChat's server sends it: {@code errCode} and {@code errMsg} are {@code errcode} and
     * {@code errmsg} there, and a non-zero {@code errcode} is a failure the SDK rejects with.
     */
    private static Map<String, Object> wire(String api, Map<String, Object> answer) {
        Map<String, Object> out = new LinkedHashMap<>(answer);
        Object code = out.remove("errCode");
        Object msg = out.remove("errMsg");
        if (code instanceof Number n && n.intValue() != 0) {
            return failure(api, n.intValue(), String.valueOf(msg));
        }
        return out;
    }

    /** The SDK makes this {@code "openapi.<api>:fail <errmsg>"} with errCode {@code errcode}, as Rhino's SDK does. */
    private static Map<String, Object> failure(String api, int errCode, String errMsg) {
        String prefix = "openapi." + api + ":fail ";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errcode", errCode);
        out.put("errmsg", errMsg.startsWith(prefix) ? errMsg.substring(prefix.length()) : errMsg);
        return out;
    }

    /**
     * The parameters of a {@code CommApiData}, named back in camelCase as the function wrote them (the SDK turned
     * them into snake_case); a file parameter becomes {@code {contentType, base64}}.
     */
    static Map<String, Object> parameters(byte[] commApiData) {
        Map<String, Object> params = new LinkedHashMap<>();
        Protobuf outer = new Protobuf(commApiData);
        for (Protobuf.Field f; (f = outer.next()) != null; ) {
            if (f.number() == 2 && f.bytes() != null) {
                Protobuf pairs = new Protobuf(f.bytes());
                for (Protobuf.Field pair; (pair = pairs.next()) != null; ) {
                    if (pair.number() == 1 && pair.bytes() != null) {
                        pair(pair.bytes(), params);
                    }
                }
            }
        }
        return params;
    }

    private static void pair(byte[] keyValuePair, Map<String, Object> params) {
        String key = null;
        byte[] value = new byte[0];
        String contentType = null;
        Protobuf fields = new Protobuf(keyValuePair);
        for (Protobuf.Field f; (f = fields.next()) != null; ) {
            if (f.bytes() == null) {
                continue;
            }
            switch (f.number()) {
                case 1 -> key = new String(f.bytes(), StandardCharsets.UTF_8);
                case 2 -> value = f.bytes();
                case 3 -> contentType = new String(f.bytes(), StandardCharsets.UTF_8);
                default -> {
                    // A file name: not part of what the stub records.
                }
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("wx.openApi requestData has a parameter without a name");
        }
        if (contentType != null) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("contentType", contentType);
            file.put("base64", Base64.getEncoder().encodeToString(value));
            params.put(camel(key), file);
            return;
        }
        try {
            params.put(camel(key), camelKeys(JsonCodec.parse(new String(value, StandardCharsets.UTF_8), false,
                    false)));
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("wx.openApi parameter " + key + " is not JSON: " + e.getMessage());
        }
    }

    private static Object camelKeys(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(camel(String.valueOf(k)), camelKeys(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(AdminOpenApi::camelKeys).toList();
        }
        return value;
    }

    /** {@code template_id} as {@code templateId}: the inverse of the SDK's conversion of camelCase names. */
    static String camel(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' && i > 0 && i + 1 < snake.length() && Character.isLowerCase(snake.charAt(i + 1))) {
                out.append(Character.toUpperCase(snake.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A {@code CommOpenApiResp}: {@code respData} (1) and {@code contentType} (2). */
    private static byte[] response(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Protobuf.writeBytes(out, 1, json);
        Protobuf.writeBytes(out, 2, "application/json".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
