package dev.minicloud.emulator.internal.database.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.internal.database.rules.AccessPolicy.Decision;
import dev.minicloud.emulator.internal.database.rules.SecurityRules.Access;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The basic modes' table and their implicit behaviours, and custom rules' all-or-nothing answers. */
class AccessPolicyTest {
    private static final RuleCoverage.Recorder NONE = RuleCoverage.ignoring();
    private final RuleContext alice = new RuleContext("o_alice", 0, null, (c, id) -> null);

    @Test
    void the_basic_modes_read_and_write_as_the_console_describes_them() {
        record Row(Permission mode, Decision read, Decision write, Decision create) {}
        for (Row row : new Row[] {
            new Row(Permission.READONLY, Decision.ALLOW, Decision.OWN_DOCUMENTS_ONLY, Decision.ALLOW),
            new Row(Permission.PRIVATE, Decision.OWN_DOCUMENTS_ONLY, Decision.OWN_DOCUMENTS_ONLY, Decision.ALLOW),
            new Row(Permission.ADMINWRITE, Decision.ALLOW, Decision.DENY, Decision.DENY),
            new Row(Permission.ADMINONLY, Decision.DENY, Decision.DENY, Decision.DENY)}) {
            AccessPolicy p = AccessPolicy.basic(row.mode());
            assertThat(p.read(Map.of(), alice, NONE)).as(row.mode() + " read").isEqualTo(row.read());
            assertThat(p.change(Access.UPDATE, Map.of(), alice, NONE)).as(row.mode() + " update")
                    .isEqualTo(row.write());
            assertThat(p.change(Access.DELETE, Map.of(), alice, NONE)).as(row.mode() + " remove")
                    .isEqualTo(row.write());
            assertThat(p.create(Map.of("_openid", "o_alice"), "o_alice", alice, NONE)).as(row.mode() + " add")
                    .isEqualTo(row.create());
        }
    }

    @Test
    void a_caller_who_is_not_logged_in_cannot_create_under_a_basic_mode() {
        RuleContext nobody = new RuleContext(null, 0, null, (c, id) -> null);
        assertThat(AccessPolicy.basic(Permission.READONLY).create(Map.of(), null, nobody, NONE))
                .isEqualTo(Decision.DENY);
    }

    @Test
    void custom_rules_allow_or_deny_the_whole_query_and_never_narrow_it() {
        AccessPolicy p = AccessPolicy.custom(SecurityRules.parse("collection t",
                "{\"read\": \"doc._openid == auth.openid\", \"write\": false}"));
        assertThat(p.read(Map.of("_openid", "o_alice"), alice, NONE)).isEqualTo(Decision.ALLOW);
        assertThat(p.read(Map.of(), alice, NONE)).isEqualTo(Decision.DENY);
        assertThat(p.change(Access.UPDATE, Map.of("_openid", "o_alice"), alice, NONE)).isEqualTo(Decision.DENY);
    }

    @Test
    void files_follow_the_basic_modes_by_uploader() {
        AccessPolicy readonly = AccessPolicy.basic(Permission.READONLY);
        AccessPolicy priv = AccessPolicy.basic(Permission.PRIVATE);
        assertThat(readonly.allowsFile(Access.READ, "o_alice", "o_bob", alice, NONE)).isTrue();
        assertThat(readonly.allowsFile(Access.DELETE, "o_alice", "o_bob", alice, NONE)).isFalse();
        assertThat(readonly.allowsFile(Access.DELETE, "o_alice", "o_alice", alice, NONE)).isTrue();
        assertThat(readonly.allowsFile(Access.CREATE, "o_alice", "o_alice", alice, NONE)).isTrue();
        assertThat(priv.allowsFile(Access.READ, "o_alice", "o_bob", alice, NONE)).isFalse();
        assertThat(priv.allowsFile(Access.READ, "o_alice", null, alice, NONE)).isFalse();
        assertThat(AccessPolicy.basic(Permission.ADMINWRITE).allowsFile(Access.CREATE, "o_alice", "o_alice",
                alice, NONE)).isFalse();
    }
}
