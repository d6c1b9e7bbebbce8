package dev.minicloud.emulator.internal.database.rules;

import java.util.Map;

/**
 * The access policies of one environment's client side: per collection (a basic mode or custom rules), the policy of
 * collections nobody configured, and the storage's policy. Immutable.
 */
public record PermissionSettings(Map<String, AccessPolicy> collections, AccessPolicy defaultPolicy,
        AccessPolicy storage) {
    public PermissionSettings {
        collections = Map.copyOf(collections);
    }

    /** The policy of {@code collection}. */
    public AccessPolicy collection(String collection) {
        return collections.getOrDefault(collection, defaultPolicy);
    }
}
