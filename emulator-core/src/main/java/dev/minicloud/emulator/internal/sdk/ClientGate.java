package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonSizeBound;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.EncodedFilter;
import dev.minicloud.emulator.internal.database.rules.AccessPolicy;
import dev.minicloud.emulator.internal.database.rules.AccessPolicy.Decision;
import dev.minicloud.emulator.internal.database.rules.PermissionSettings;
import dev.minicloud.emulator.internal.database.rules.RuleContext;
import dev.minicloud.emulator.internal.database.rules.RuleCoverage;
import dev.minicloud.emulator.internal.database.rules.SecurityRules.Access;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one mini-program user may do, and how the service rewrites their requests: {@code '{openid}'} in query values
 * becomes their openid; a basic mode narrows reads and writes to their own documents or refuses them (-502003);
 * custom rules allow a query whole or refuse it. Every client database request passes here before the engine runs
 * it, so the rules exist in this one place for every client front door.
 */
public final class ClientGate {
    /** The client's largest page and its default: 20. */
    public static final int CLIENT_LIMIT = 20;
    private static final int MAX_RESULT_BYTES = 1024 * 1024;
    private static final String OPENID_PLACEHOLDER = "{openid}";

    private final PermissionSettings permissions;
    private final RuleCoverage coverage;
    private final DatabaseEngine engine;
    private final Clock clock;
    private final String openId;

    public ClientGate(PermissionSettings permissions, RuleCoverage coverage, DatabaseEngine engine, Clock clock,
            String openId) {
        this.permissions = permissions;
        this.coverage = coverage;
        this.engine = engine;
        this.clock = clock;
        this.openId = openId;
    }

    /** The caller's openid; null for a user who is not logged in. */
    public String openId() {
        return openId;
    }

    /** A read ({@code get}, {@code count}) as the service runs it for this caller. */
    QuerySpec read(String api, QuerySpec q, boolean page) {
        Map<String, Object> wire = where(api, q.where());
        Decision d = readDecision(q.collection(), wire);
        Integer limit = page ? Integer.valueOf(clientLimit(q.limit())) : q.limit();
        return new QuerySpec(q.collection(), new EncodedFilter(apply(api, d, wire)), q.orders(), limit, q.skip(),
                q.projection());
    }

    /**
     * What the collection's permission does with a read of {@code wire}. A basic mode decides by itself, so the rule
     * context (the clock, the lookups) and the coverage recorder are made only for custom rules.
     */
    private Decision readDecision(String collection, Map<String, Object> wire) {
        AccessPolicy policy = permissions.collection(collection);
        return policy.rules() == null ? policy.read(wire, null, null)
                : policy.read(wire, context(null), coverage.recorder(collection));
    }

    /** The client's page size: 20 when none (or 0) was given, and never more. */
    private static int clientLimit(Integer asked) {
        return asked == null || asked <= 0 ? CLIENT_LIMIT : Math.min(asked, CLIENT_LIMIT);
    }

    /** An update or removal of what {@code q} matches. */
    QuerySpec change(String api, Access op, QuerySpec q, Object data) {
        refuseOpenIdChange(api, data);
        Map<String, Object> wire = where(api, q.where());
        Decision d = permissions.collection(q.collection()).change(op, wire, context(data),
                coverage.recorder(q.collection()));
        return new QuerySpec(q.collection(), new EncodedFilter(apply(api, d, wire)), null, null, null, null);
    }

    /** One document by id, as a query the caller's permission has narrowed. */
    QuerySpec document(String api, Access op, String collection, Object id, Object data,
            Map<String, Object> projection) {
        refuseOpenIdChange(api, data);
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("_id", DatabaseEngine.canonicalId(id));
        Decision d = op == Access.READ ? readDecision(collection, wire)
                : permissions.collection(collection).change(op, wire, context(data), coverage.recorder(collection));
        return new QuerySpec(collection, new EncodedFilter(apply(api, d, wire)), null, 1, null, projection);
    }

    /** A new document, which the collection's create permission must allow; null when {@code data} is no object. */
    Map<String, Object> create(String api, String collection, Object data) {
        Map<String, Object> stamped = stamped(api, data);
        if (stamped == null) {
            return null;
        }
        Decision d = permissions.collection(collection).create(stamped, openId, context(stamped),
                coverage.recorder(collection));
        if (d == Decision.DENY) {
            throw denied(api);
        }
        return stamped;
    }

    /**
     * A document as a client writes it, not yet judged: {@code _openid} stamped with the caller's, which the caller
     * may not set; null when {@code data} is no object.
     */
    Map<String, Object> stamped(String api, Object data) {
        if (!(data instanceof Map<?, ?> fields)) {
            return null;
        }
        refuseOpenIdChange(api, data);
        Map<String, Object> stamped = new LinkedHashMap<>();
        fields.forEach((k, v) -> stamped.put((String) k, v));
        if (openId != null) {
            stamped.put("_openid", openId);
        }
        return stamped;
    }

    /**
     * An aggregation as the service runs it for this caller: the permission judges the first {@code $match} (or the
     * whole collection without one), a basic mode's narrowing becomes a {@code $match} in front, and
     * {@code $lookup}, which reads other collections past their permissions, is for admins only.
     */
    List<Map<String, ?>> pipeline(String api, String collection, List<? extends Map<String, ?>> stages) {
        List<Map<String, ?>> out = new ArrayList<>(stages);
        for (Map<String, ?> stage : stages) {
            if (stage.containsKey("$lookup")) {
                throw denied(api);
            }
        }
        boolean leadingMatch = !out.isEmpty() && out.get(0).containsKey("$match");
        Map<String, Object> wire = where(api, leadingMatch ? out.get(0).get("$match") : null);
        Decision d = readDecision(collection, wire);
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("$match", new EncodedFilter(apply(api, d, wire)));
        if (leadingMatch) {
            out.set(0, match);
        } else {
            out.add(0, match);
        }
        return out;
    }

    /**
     * Fails a read whose answer would exceed the client's 1 MB. Writing the answer's JSON to measure it cost most of a
     * client {@code get()}, so cheaper bounds settle almost every answer first: {@code bound} (for a page, what the
     * stored documents keep), then a walk over the values; only past both is the JSON written.
     */
    void checkResultSize(String api, long bound, Object result) {
        if (bound > MAX_RESULT_BYTES && JsonSizeBound.of(result) > MAX_RESULT_BYTES
                && JsonCodec.write(result, DateStyle.EXTENDED).getBytes(StandardCharsets.UTF_8).length
                        > MAX_RESULT_BYTES) {
            ErrorCode code = ErrorCode.QUERY_RESULT_TOO_LARGE;
            throw new CloudException(code.code(), api + ":fail " + code.code() + " " + code.text());
        }
    }

    /** The client's error for refused requests: -502003. */
    static CloudException denied(String api) {
        return DatabaseEngine.failure(api, new DatabaseError(ErrorCode.DATABASE_PERMISSION_DENIED,
                "Permission denied"));
    }

    private Map<String, Object> apply(String api, Decision d, Map<String, Object> wire) {
        return switch (d) {
            case ALLOW -> wire;
            case DENY -> throw denied(api);
            case OWN_DOCUMENTS_ONLY -> narrowed(wire);
        };
    }

    /**
     * The filter and "the caller's own documents"; a caller without an openid owns none. A filter that already asks
     * for the caller's {@code _openid} (a page's usual {@code where({_openid: '{openid}'})}) is left as it is, since
     * the same equality twice matches the same documents and costs a second condition on every candidate.
     */
    private Map<String, Object> narrowed(Map<String, Object> wire) {
        if (openId != null && openId.equals(wire.get("_openid"))) {
            return wire;
        }
        Map<String, Object> own = new LinkedHashMap<>();
        own.put(openId == null ? "_id" : "_openid", openId == null ? Map.of("$in", List.of()) : openId);
        if (wire.isEmpty()) {
            return own;
        }
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("$and", List.of(wire, own));
        return both;
    }

    private Map<String, Object> where(String api, Object condition) {
        return substitute(DatabaseEngine.run(api, () -> DatabaseEngine.encodeWhere(engine.newRequest(), condition)));
    }

    /** {@code value} with {@code '{openid}'} replaced at any depth; copied only where something is replaced. */
    @SuppressWarnings("unchecked")
    private <T> T substitute(T value) {
        if (OPENID_PLACEHOLDER.equals(value)) {
            return (T) openId;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = substitute(e.getValue());
                if (v != e.getValue()) {
                    if (out == null) {
                        out = new LinkedHashMap<>((Map<String, Object>) m);
                    }
                    out.put((String) e.getKey(), v);
                }
            }
            return out == null ? value : (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = null;
            for (int i = 0; i < l.size(); i++) {
                Object v = substitute(l.get(i));
                if (v != l.get(i)) {
                    if (out == null) {
                        out = new ArrayList<>(l);
                    }
                    out.set(i, v);
                }
            }
            return out == null ? value : (T) out;
        }
        return value;
    }

    private void refuseOpenIdChange(String api, Object data) {
        if (data instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (key instanceof String k && (k.equals("_openid") || k.startsWith("_openid."))) {
                    throw denied(api);
                }
            }
        }
    }

    private RuleContext context(Object requestData) {
        return new RuleContext(openId, clock.millis(), requestData, this::lookup);
    }

    /** A document a rule's {@code get()} reads; a missing collection reads as a missing document. */
    private Map<String, Object> lookup(String collection, String id) {
        try {
            return engine.docGet(collection, id, null);
        } catch (CloudException e) {
            return null;
        }
    }
}
