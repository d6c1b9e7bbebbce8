package dev.minicloud.samples.readme;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static dev.minicloud.emulator.junit5.CloudAssertions.assertThatCall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.junit5.CallerIdentity;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.junit5.CollectionPermission;
import dev.minicloud.emulator.junit5.SecurityRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CloudEmulatorTest(collections = {"notes", "posts"}, openId = "o_alice")
@CollectionPermission(collection = "notes", value = Permission.PRIVATE)
@SecurityRules(collection = "posts", rules = """
        {"read": true, "write": "doc._openid == auth.openid"}""")
class ReadmeClientTest {

    @Test
    void a_page_writes_its_own_notes_and_cannot_touch_others_posts(CloudClient alice,
            @CallerIdentity(openId = "o_bob") CloudClient bob, Database db) {
        Object id = alice.database().collection("notes").add(Map.of("text", "mine")).id();
        assertThat(db.collection("notes")).document(id).hasOpenId("o_alice");
        assertThat(bob.database().collection("notes").count().total()).isZero();

        bob.database().collection("posts").add(Map.of("_id", "p1", "title", "bob's"));
        assertThatCall(() -> alice.database().collection("posts").doc("p1").remove()).isDenied();
    }
}
