package dev.minicloud.emulator;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.internal.database.rules.AccessPolicy;
import dev.minicloud.emulator.internal.database.rules.PermissionSettings;
import dev.minicloud.emulator.internal.database.rules.RulesFile;
import dev.minicloud.emulator.internal.database.rules.SecurityRules;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client permissions part of an {@link EmulatorConfiguration} as it is being built: a policy per collection (a
 * basic mode or custom rules, the later setting replacing the earlier), the default mode and the storage's policy.
 */
final class PermissionsBuilder {
    private final Map<String, AccessPolicy> collections = new LinkedHashMap<>();
    private Permission defaultCollectionPermission = Permission.PRIVATE;
    private AccessPolicy storage = AccessPolicy.basic(Permission.READONLY);

    static PermissionsBuilder of(PermissionSettings settings) {
        PermissionsBuilder b = new PermissionsBuilder();
        b.collections.putAll(settings.collections());
        b.defaultCollectionPermission = settings.defaultPolicy().mode();
        b.storage = settings.storage();
        return b;
    }

    void setCollectionPermission(String collection, Permission mode) {
        collections.put(Objects.requireNonNull(collection, "collection"),
                AccessPolicy.basic(Objects.requireNonNull(mode, "mode")));
    }

    void setDefaultCollectionPermission(Permission mode) {
        this.defaultCollectionPermission = Objects.requireNonNull(mode, "mode");
    }

    void setSecurityRules(String collection, String rulesJson) {
        Objects.requireNonNull(collection, "collection");
        collections.put(collection, AccessPolicy.custom(SecurityRules.parse("collection '" + collection + "'",
                rulesJson)));
    }

    void setStoragePermission(Permission mode) {
        this.storage = AccessPolicy.basic(Objects.requireNonNull(mode, "mode"));
    }

    void setStorageSecurityRules(String rulesJson) {
        this.storage = AccessPolicy.custom(SecurityRules.parse("the storage", rulesJson));
    }

    void load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        RulesFile rules = RulesFile.parse(file.toString(), text);
        rules.collections().forEach((name, entry) -> collections.put(name, policyOf(entry)));
        if (rules.defaultMode() != null) {
            defaultCollectionPermission = rules.defaultMode();
        }
        if (rules.storage() != null) {
            storage = policyOf(rules.storage());
        }
    }

    private static AccessPolicy policyOf(RulesFile.Entry entry) {
        return entry.rules() != null ? AccessPolicy.custom(entry.rules()) : AccessPolicy.basic(entry.mode());
    }

    /** The public view of {@code settings}: rules as the JSON they were parsed from. */
    static ClientPermissions describe(PermissionSettings settings) {
        Map<String, ClientPermissions.Access> collections = new LinkedHashMap<>();
        settings.collections().forEach((name, policy) -> collections.put(name, describe(policy)));
        return new ClientPermissions(collections, settings.defaultPolicy().mode(), describe(settings.storage()));
    }

    private static ClientPermissions.Access describe(AccessPolicy policy) {
        return policy.mode() != null ? ClientPermissions.Access.basic(policy.mode())
                : ClientPermissions.Access.custom(Json.stringify(policy.rules().source()));
    }

    PermissionSettings build() {
        return new PermissionSettings(collections, AccessPolicy.basic(defaultCollectionPermission), storage);
    }
}
