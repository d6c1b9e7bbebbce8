package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's permissions in one JSON file, shaped as CloudBase's management API sets them
 * ({@code ModifyDatabaseACL} / {@code ModifySafeRule} / {@code ModifyStorageSafeRule}: an {@code aclTag} and, for
 * {@code CUSTOM}, a {@code rule}):
 *
 * <pre>{@code
 * {
 *   "database": {
 *     "todos": {"aclTag": "PRIVATE"},
 *     "posts": {"aclTag": "CUSTOM", "rule": {"read": true, "write": "doc._openid == auth.openid"}}
 *   },
 *   "defaultDatabaseAclTag": "PRIVATE",
 *   "storage": {"aclTag": "READONLY"}
 * }
 * }</pre>
 *
 * Every part is optional. Errors name the file's part and, for rule text, the key and position.
 */
public final class RulesFile {
    /** One owner's setting: a basic mode, or custom rules. */
    public record Entry(Permission mode, SecurityRules rules) {}

    private static final List<String> TOP_KEYS = List.of("database", "defaultDatabaseAclTag", "storage");

    private final Map<String, Entry> collections;
    private final Permission defaultMode;
    private final Entry storage;

    private RulesFile(Map<String, Entry> collections, Permission defaultMode, Entry storage) {
        this.collections = collections;
        this.defaultMode = defaultMode;
        this.storage = storage;
    }

    /**
     * Reads the file's text; {@code source} names it in errors.
     *
     * @throws IllegalArgumentException if it is not such a file
     */
    public static RulesFile parse(String source, String json) {
        Object parsed;
        try {
            parsed = JsonCodec.parse(json, false);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + " is not JSON: " + e.getMessage(), e);
        }
        Map<String, Object> top = object(source, "the file", parsed);
        for (String key : top.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw new IllegalArgumentException(source + ": unknown key \"" + key + "\" (expected " + TOP_KEYS
                        + ")");
            }
        }
        Map<String, Entry> collections = new LinkedHashMap<>();
        if (top.containsKey("database")) {
            object(source, "\"database\"", top.get("database")).forEach((name, setting) ->
                    collections.put(name, entry(source, "collection '" + name + "'", setting)));
        }
        Permission defaultMode = top.containsKey("defaultDatabaseAclTag")
                ? basic(source, "\"defaultDatabaseAclTag\"", top.get("defaultDatabaseAclTag")) : null;
        Entry storage = top.containsKey("storage") ? entry(source, "the storage", top.get("storage")) : null;
        return new RulesFile(collections, defaultMode, storage);
    }

    /** Each configured collection's setting, in file order. */
    public Map<String, Entry> collections() {
        return collections;
    }

    /** The mode of collections the file does not name, or null when it says nothing. */
    public Permission defaultMode() {
        return defaultMode;
    }

    /** The storage's setting, or null when the file says nothing. */
    public Entry storage() {
        return storage;
    }

    private static Entry entry(String source, String owner, Object setting) {
        Map<String, Object> s = object(source, owner, setting);
        Object tag = s.get("aclTag");
        if ("CUSTOM".equals(tag)) {
            if (!s.containsKey("rule")) {
                throw new IllegalArgumentException(source + ": " + owner + " has aclTag CUSTOM but no \"rule\"");
            }
            String ruleJson = s.get("rule") instanceof String text ? text
                    : JsonCodec.write(s.get("rule"), JsonCodec.DateStyle.ISO_STRING);
            try {
                return new Entry(null, SecurityRules.parse(owner, ruleJson));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        return new Entry(basic(source, owner + "'s aclTag", tag), null);
    }

    private static Permission basic(String source, String what, Object tag) {
        if (tag instanceof String name) {
            for (Permission m : Permission.values()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException(source + ": " + what + " must be one of READONLY, PRIVATE, ADMINWRITE,"
                + " ADMINONLY or CUSTOM, got " + tag);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String source, String what, Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(source + ": " + what + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }
}
