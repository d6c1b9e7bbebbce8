package dev.minicloud.emulator.functions.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who calls a function: the caller identity {@code cloud.getWXContext()} reports inside it. A call with an identity
 * is a call from a mini-program client: the function also gets {@code event.userInfo = {appId, openId}}, and results
 * carry the client's {@code cloud.callFunction:ok}.
 *
 * <pre>{@code
 * env.functions().call("login", Map.of(), WxContext.ofOpenId("o_alice"));
 * WxContext bob = WxContext.builder().openId("o_bob").unionId("u_bob").clientIp("10.0.0.8").build();
 * }</pre>
 *
 * <p>Immutable; fields left unset take the environment's defaults (its app id) or stay absent.
 */
public final class WxContext {
    private final String openId;
    private final String appId;
    private final String unionId;
    private final String clientIp;
    private final String source;

    private WxContext(Builder b) {
        this.openId = b.openId;
        this.appId = b.appId;
        this.unionId = b.unionId;
        this.clientIp = b.clientIp;
        this.source = b.source;
    }

    /** A client call by the user with this OPENID, from the environment's app. */
    public static WxContext ofOpenId(String openId) {
        return builder().openId(openId).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.openId = openId;
        b.appId = appId;
        b.unionId = unionId;
        b.clientIp = clientIp;
        b.source = source;
        return b;
    }

    /** OPENID, or null. */
    public String openId() {
        return openId;
    }

    /** APPID, or null for the environment's own app id. */
    public String appId() {
        return appId;
    }

    /** UNIONID, or null. */
    public String unionId() {
        return unionId;
    }

    /** CLIENTIP, or null. */
    public String clientIp() {
        return clientIp;
    }

    /** SOURCE, or null for {@code wx_client}. */
    public String source() {
        return source;
    }

    /** The fields as {@code getWXContext()} names them, without ENV and SOURCE. */
    public Map<String, String> fields(String defaultAppId) {
        Map<String, String> out = new LinkedHashMap<>();
        putIfSet(out, "OPENID", openId);
        putIfSet(out, "APPID", appId != null ? appId : defaultAppId);
        putIfSet(out, "UNIONID", unionId);
        putIfSet(out, "CLIENTIP", clientIp);
        return out;
    }

    private static void putIfSet(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WxContext w && Objects.equals(openId, w.openId) && Objects.equals(appId, w.appId)
                && Objects.equals(unionId, w.unionId) && Objects.equals(clientIp, w.clientIp)
                && Objects.equals(source, w.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(openId, appId, unionId, clientIp, source);
    }

    @Override
    public String toString() {
        return "WxContext" + fields(null);
    }

    /** Mutable builder of {@link WxContext}. */
    public static final class Builder {
        private String openId;
        private String appId;
        private String unionId;
        private String clientIp;
        private String source;

        private Builder() {}

        public Builder openId(String openId) {
            this.openId = openId;
            return this;
        }

        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        public Builder unionId(String unionId) {
            this.unionId = unionId;
            return this;
        }

        public Builder clientIp(String clientIp) {
            this.clientIp = clientIp;
            return this;
        }

        /** The SOURCE the function sees, {@code wx_client} unless set. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public WxContext build() {
            return new WxContext(this);
        }
    }
}
