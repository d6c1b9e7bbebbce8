package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.command.Command;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code env.ruleCoverage()}: every part of every custom rule, with how often client requests judged it each way. */
class RuleCoverageTest extends ClientTestSupport {
    private static final String RULES = "{\"read\": \"doc._openid == auth.openid || doc.shared == true\","
            + " \"write\": \"doc._openid == auth.openid\", \"create\": \"!(doc.age < 0)\"}";

    private void startWithRules() {
        start(EmulatorConfiguration.builder().setSecurityRules("todos", RULES)
                .setCollectionPermission("notes", Permission.PRIVATE).addCollections("notes"));
    }

    @Test
    void every_part_of_every_rule_is_listed_in_the_order_written_before_any_request() {
        startWithRules();
        assertThat(env.ruleCoverage()).containsExactly(
                new RulePartCoverage("todos", "read", "doc._openid == auth.openid", 0, 0),
                new RulePartCoverage("todos", "read", "doc.shared == true", 0, 0),
                new RulePartCoverage("todos", "write", "doc._openid == auth.openid", 0, 0),
                new RulePartCoverage("todos", "create", "doc.age < 0", 0, 0));
        assertThat(env.ruleCoverage()).noneMatch(RulePartCoverage::evaluated);
    }

    @Test
    void client_requests_count_each_judged_part_true_or_false_and_admin_requests_count_nothing() {
        startWithRules();
        var todos = alice.database().collection("todos");
        todos.where(Map.of("_openid", "{openid}")).get();
        todos.where(Map.of("shared", true)).count();
        todos.add(Map.of("age", 3));
        env.database().collection("todos").where(Map.of("age", Command.gt(1))).get();

        assertThat(env.ruleCoverage()).containsExactly(
                // the first query guarantees the left part (the right is then never judged), the second fails it
                new RulePartCoverage("todos", "read", "doc._openid == auth.openid", 1, 1),
                new RulePartCoverage("todos", "read", "doc.shared == true", 1, 0),
                // update and delete fall back to write; no request updated or removed
                new RulePartCoverage("todos", "write", "doc._openid == auth.openid", 0, 0),
                // the part's own value: age 3 is not below 0, so "!(...)" held
                new RulePartCoverage("todos", "create", "doc.age < 0", 0, 1));
    }

    @Test
    void a_refused_request_counts_the_parts_that_refused_it() {
        startWithRules();
        error(() -> bob.database().collection("todos").get());
        assertThat(env.ruleCoverage()).filteredOn(RulePartCoverage::evaluated).containsExactly(
                new RulePartCoverage("todos", "read", "doc._openid == auth.openid", 0, 1),
                new RulePartCoverage("todos", "read", "doc.shared == true", 0, 1));
    }

    @Test
    void reset_forgets_the_counts_and_restore_keeps_them() {
        startWithRules();
        var baseline = env.snapshot();
        alice.database().collection("todos").where(Map.of("_openid", "{openid}")).get();
        env.restore(baseline);
        assertThat(env.ruleCoverage().get(0).timesTrue()).isEqualTo(1);
        env.reset();
        assertThat(env.ruleCoverage()).noneMatch(RulePartCoverage::evaluated).hasSize(4);
    }

    @Test
    void a_write_rule_that_create_update_and_delete_all_replace_is_not_listed() {
        start(EmulatorConfiguration.builder().setSecurityRules("todos",
                "{\"read\": true, \"write\": \"auth != null\", \"create\": true, \"update\": false,"
                        + " \"delete\": false}"));
        assertThat(env.ruleCoverage()).extracting(RulePartCoverage::rule)
                .containsExactly("read", "create", "update", "delete");
    }

    @Test
    void another_environment_counts_its_own_requests() {
        startWithRules();
        try (var other = dev.minicloud.emulator.CloudEmulator.newEnvironment(env.configuration())) {
            other.client(dev.minicloud.emulator.functions.call.WxContext.ofOpenId("o_carol")).database()
                    .collection("todos").where(Map.of("_openid", "{openid}")).get();
            assertThat(other.ruleCoverage().get(0).timesTrue()).isEqualTo(1);
        }
        assertThat(env.ruleCoverage()).noneMatch(RulePartCoverage::evaluated);
    }
}
