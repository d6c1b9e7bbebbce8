package dev.minicloud.emulator;

import dev.minicloud.emulator.base.Permission;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mini-program client's permissions as an {@link EmulatorConfiguration} sets them, read back with
 * {@link EmulatorConfiguration#permissions()}: whatever set them (the builder's {@code setCollectionPermission},
 * {@code setSecurityRules}, {@code setStoragePermission}, {@code setStorageSecurityRules}, a project's permission
 * file through {@code loadSecurityRules}), the later setting having replaced the earlier. Each setting reads back in
 * the form its setter takes, so {@code builder.setSecurityRules(name, access.rulesJson().get())} sets it again.
 *
 * @param collections the collections given a mode or rules of their own, ordered by name
 * @param defaultCollectionPermission the mode of every other collection
 * @param storage the storage's setting
 */
public record ClientPermissions(Map<String, Access> collections, Permission defaultCollectionPermission,
        Access storage) {
    public ClientPermissions {
        collections = Collections.unmodifiableMap(new TreeMap<>(collections));
        Objects.requireNonNull(defaultCollectionPermission, "defaultCollectionPermission");
        Objects.requireNonNull(storage, "storage");
    }

    /** The setting {@code collection} is judged by: its own, else the default mode. */
    public Access collection(String collection) {
        return collections.getOrDefault(collection, Access.basic(defaultCollectionPermission));
    }

    /**
     * One setting: a basic mode or custom security rules, never both.
     *
     * @param mode the basic mode; empty under custom rules
     * @param rulesJson the custom rules as JSON text ({@code {"read": "doc._openid == auth.openid", "write": false}});
     *     empty under a basic mode
     */
    public record Access(Optional<Permission> mode, Optional<String> rulesJson) {
        public Access {
            if (mode.isPresent() == rulesJson.isPresent()) {
                throw new IllegalArgumentException("a permission is a basic mode or custom rules, not both or neither");
            }
        }

        /** A basic mode. */
        public static Access basic(Permission mode) {
            return new Access(Optional.of(mode), Optional.empty());
        }

        /** Custom rules, as JSON text. */
        public static Access custom(String rulesJson) {
            return new Access(Optional.empty(), Optional.of(rulesJson));
        }

        /** The management API's {@code aclTag}: the mode's name, or {@code CUSTOM} for rules. */
        public String aclTag() {
            return mode.map(Permission::name).orElse("CUSTOM");
        }
    }
}
