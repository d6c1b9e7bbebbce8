package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables of one rule check besides {@code doc}: the caller ({@code auth}, null when not logged in), the
 * request time ({@code now}, epoch milliseconds), the write's payload ({@code request.data}) and how {@code get()}
 * reads other documents. One context serves one request: it counts the documents {@code get()} reads against the
 * service's limit of 10.
 */
public final class RuleContext {
    static final int MAX_GET_DOCUMENTS = 10;

    /** Reads a stored document for {@code get('database.<collection>.<id>')}; null when it does not exist. */
    @FunctionalInterface
    public interface DocumentLookup {
        Map<String, Object> find(String collection, String id);
    }

    private final String openId;
    private final long now;
    private final Object requestData;
    private final DocumentLookup lookup;
    private final Set<String> fetched = new HashSet<>();
    private final Map<String, Object> resource;

    public RuleContext(String openId, long now, Object requestData, DocumentLookup lookup) {
        this(openId, now, requestData, lookup, null);
    }

    private RuleContext(String openId, long now, Object requestData, DocumentLookup lookup,
            Map<String, Object> resource) {
        this.openId = openId;
        this.now = now;
        this.requestData = requestData;
        this.lookup = lookup;
        this.resource = resource;
    }

    /**
     * A context for a storage rule about one file: {@code resource.openid} is its uploader ({@code null} for a file
     * the server wrote) and {@code resource.path} its cloud path.
     */
    public static RuleContext forFile(String openId, long now, String uploader, String cloudPath) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("openid", uploader);
        file.put("path", cloudPath);
        return new RuleContext(openId, now, null, (c, id) -> null, file);
    }

    Object variable(String name) {
        return switch (name) {
            case "auth" -> openId == null ? null : Map.of("openid", openId);
            case "now" -> now;
            case "request" -> requestData == null ? Map.of() : Map.of("data", requestData);
            case "resource" -> resource == null ? Missing.VALUE : resource;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The document a {@code get()} path names, null when it does not exist or the path is not a document path. */
    Map<String, Object> get(Object path) {
        if (!(path instanceof String text) || !text.startsWith("database.")) {
            throw new RuleEvaluationException("get() takes 'database.<collection>.<id>', got " + path);
        }
        String rest = text.substring("database.".length());
        int dot = rest.indexOf('.');
        if (dot <= 0 || dot == rest.length() - 1) {
            throw new RuleEvaluationException("get() takes 'database.<collection>.<id>', got " + path);
        }
        if (fetched.add(text) && fetched.size() > MAX_GET_DOCUMENTS) {
            throw new RuleEvaluationException("get() read more than " + MAX_GET_DOCUMENTS + " documents");
        }
        return lookup.find(rest.substring(0, dot), rest.substring(dot + 1));
    }
}
