package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.EmulatorConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's permissions from security-rules.json, shaped as CloudBase's management API sets them. */
class RulesFileTest extends ClientTestSupport {
    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("security-rules.json"), json);
    }

    @Test
    void basic_modes_custom_rules_the_default_and_the_storage_come_from_one_file() throws Exception {
        Path rules = file("""
                {
                  "database": {
                    "todos": {"aclTag": "PRIVATE"},
                    "posts": {"aclTag": "CUSTOM", "rule": {"read": true, "write": "doc._openid == auth.openid"}}
                  },
                  "defaultDatabaseAclTag": "READONLY",
                  "storage": {"aclTag": "ADMINWRITE"}
                }""");
        start(EmulatorConfiguration.builder().addCollections("posts", "notes").loadSecurityRules(rules));
        seed(doc("_id", "t1", "_openid", "o_bob"));
        env.database().collection("posts").add(doc("_id", "p1", "_openid", "o_bob"));
        env.database().collection("notes").add(doc("_id", "n1", "_openid", "o_bob"));

        assertThat(alice.database().collection("todos").get().data()).isEmpty();
        assertThat(alice.database().collection("posts").get().data()).hasSize(1);
        assertThat(error(() -> alice.database().collection("posts").doc("p1").update(Map.of("x", 1))).errCode())
                .isEqualTo(-502003);
        assertThat(alice.database().collection("notes").get().data()).hasSize(1);
        assertThat(error(() -> alice.uploadFile("a.txt", "x".getBytes(StandardCharsets.UTF_8))).errCode())
                .isEqualTo(-503002);
    }

    @Test
    void a_bad_file_names_the_file_the_part_and_the_position() throws Exception {
        Path badTag = file("{\"database\": {\"todos\": {\"aclTag\": \"SECRET\"}}}");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().loadSecurityRules(badTag))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(badTag.toString())
                .hasMessageContaining("collection 'todos''s aclTag must be one of READONLY, PRIVATE, ADMINWRITE,"
                        + " ADMINONLY or CUSTOM, got SECRET");
        Path badRule = file("{\"database\": {\"posts\": {\"aclTag\": \"CUSTOM\", \"rule\": {\"read\": \"doc.a ="
                + " 1\"}}}}");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().loadSecurityRules(badRule))
                .hasMessageContaining("collection 'posts'").hasMessageContaining("\"read\"")
                .hasMessageContaining("at position 6");
        Path unknown = file("{\"databases\": {}}");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().loadSecurityRules(unknown))
                .hasMessageContaining("unknown key \"databases\"");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().loadSecurityRules(dir.resolve("none.json")))
                .hasMessageContaining("cannot read");
    }
}
