package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.ClientPermissions;
import dev.minicloud.emulator.ClientPermissions.Access;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration's client permissions read back, in the form their setters take, whatever set them. */
class ClientPermissionsTest {
    @TempDir
    Path dir;

    @Test
    void an_untouched_configuration_reads_back_the_services_defaults() {
        ClientPermissions p = EmulatorConfiguration.defaults().permissions();

        assertThat(p.collections()).isEmpty();
        assertThat(p.defaultCollectionPermission()).isEqualTo(Permission.PRIVATE);
        assertThat(p.storage()).isEqualTo(Access.basic(Permission.READONLY));
        assertThat(p.collection("anything").aclTag()).isEqualTo("PRIVATE");
    }

    @Test
    void settings_made_in_java_read_back_and_set_again_give_the_same_permissions() {
        EmulatorConfiguration config = EmulatorConfiguration.builder()
                .setCollectionPermission("orders", Permission.ADMINONLY)
                .setSecurityRules("posts", "{\"read\": true, \"write\": \"doc._openid == auth.openid\"}")
                .setDefaultCollectionPermission(Permission.READONLY)
                .setStorageSecurityRules("{\"read\": \"auth != null\", \"write\": false}")
                .build();

        ClientPermissions p = config.permissions();

        assertThat(p.collections()).containsOnlyKeys("orders", "posts");
        assertThat(p.collection("orders")).isEqualTo(Access.basic(Permission.ADMINONLY));
        assertThat(p.collection("posts").aclTag()).isEqualTo("CUSTOM");
        assertThat(p.collection("posts").rulesJson())
                .contains("{\"read\":true,\"write\":\"doc._openid == auth.openid\"}");
        assertThat(p.collection("notes")).isEqualTo(Access.basic(Permission.READONLY));
        assertThat(p.storage().rulesJson()).contains("{\"read\":\"auth != null\",\"write\":false}");
        EmulatorConfiguration again = EmulatorConfiguration.builder()
                .setCollectionPermission("orders", p.collection("orders").mode().orElseThrow())
                .setSecurityRules("posts", p.collection("posts").rulesJson().orElseThrow())
                .setDefaultCollectionPermission(p.defaultCollectionPermission())
                .setStorageSecurityRules(p.storage().rulesJson().orElseThrow())
                .build();
        assertThat(again.permissions()).isEqualTo(p);
    }

    @Test
    void a_later_setting_replaces_the_earlier_one_and_a_permission_file_reads_back_as_it_applies() throws Exception {
        Path file = Files.writeString(dir.resolve("security-rules.json"), "{\"database\": {\"todos\": {\"aclTag\":"
                + " \"CUSTOM\", \"rule\": {\"read\": \"doc.owner == auth.openid\"}}}, \"storage\": {\"aclTag\":"
                + " \"ADMINWRITE\"}}");

        ClientPermissions p = EmulatorConfiguration.builder().setCollectionPermission("todos", Permission.READONLY)
                .loadSecurityRules(file).build().toBuilder().build().permissions();

        assertThat(p.collections())
                .isEqualTo(Map.of("todos", Access.custom("{\"read\":\"doc.owner == auth.openid\"}")));
        assertThat(p.storage()).isEqualTo(Access.basic(Permission.ADMINWRITE));
    }

    @Test
    void a_setting_is_a_mode_or_rules_never_both() {
        assertThatThrownBy(() -> new Access(Optional.of(Permission.PRIVATE), Optional.of("{}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Access(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
