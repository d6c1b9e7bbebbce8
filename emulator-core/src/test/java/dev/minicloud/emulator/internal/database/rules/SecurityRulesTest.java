package dev.minicloud.emulator.internal.database.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.client.RulePartCoverage;
import dev.minicloud.emulator.internal.database.rules.SecurityRules.Access;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The examples of the service's security-rule guide, judged as the service judges them. */
class SecurityRulesTest {
    private static final long NOW = 1_710_642_030_000L;

    private static RuleContext alice() {
        return new RuleContext("o_alice", NOW, null, (c, id) -> null);
    }

    private static RuleContext anonymous() {
        return new RuleContext(null, NOW, null, (c, id) -> null);
    }

    private static boolean reads(String rules, Map<String, Object> where, RuleContext who) {
        return SecurityRules.parse("collection todos", rules)
                .allowsQuery(Access.READ, where, who, RuleCoverage.ignoring());
    }

    @Nested
    class Reads_are_judged_on_the_query_not_on_the_documents {
        private static final String OWNER = "{\"read\": \"doc._openid == auth.openid\", \"write\": false}";

        @Test
        void a_query_pinning_the_callers_openid_is_allowed() {
            assertThat(reads(OWNER, Map.of("_openid", "o_alice"), alice())).isTrue();
            assertThat(reads(OWNER, Map.of("_openid", "o_alice", "done", false), alice())).isTrue();
        }

        @Test
        void a_query_without_the_openid_is_refused_rather_than_filtered() {
            assertThat(reads(OWNER, Map.of(), alice())).isFalse();
            assertThat(reads(OWNER, Map.of("done", false), alice())).isFalse();
        }

        @Test
        void a_query_pinning_another_users_openid_is_refused() {
            assertThat(reads(OWNER, Map.of("_openid", "o_bob"), alice())).isFalse();
        }

        @Test
        void doc_id_alone_does_not_satisfy_a_rule_on_another_field() {
            assertThat(reads(OWNER, Map.of("_id", "t1"), alice())).isFalse();
            assertThat(reads(OWNER, Map.of("_id", "t1", "_openid", "o_alice"), alice())).isTrue();
        }

        @Test
        void a_user_who_is_not_logged_in_never_matches_an_openid_rule() {
            assertThat(reads(OWNER, Map.of("_openid", "o_alice"), anonymous())).isFalse();
            assertThat(reads("{\"read\": \"auth == null\"}", Map.of(), anonymous())).isTrue();
            assertThat(reads("{\"read\": \"auth != null\"}", Map.of(), anonymous())).isFalse();
        }

        @Test
        void every_or_branch_must_satisfy_the_rule() {
            Map<String, Object> both = Map.of("$or", List.of(Map.of("_openid", "o_alice", "a", 1),
                    Map.of("_openid", "o_alice", "b", 2)));
            Map<String, Object> oneOpen = Map.of("$or", List.of(Map.of("_openid", "o_alice"), Map.of("b", 2)));
            assertThat(reads(OWNER, both, alice())).isTrue();
            assertThat(reads(OWNER, oneOpen, alice())).isFalse();
        }

        @Test
        void an_and_of_conditions_pins_the_path_if_any_part_does() {
            Map<String, Object> where = Map.of("$and", List.of(Map.of("_openid", "o_alice"), Map.of("x", 1)));
            assertThat(reads(OWNER, where, alice())).isTrue();
        }

        @Test
        void an_in_of_one_value_pins_the_path_and_of_two_does_not() {
            assertThat(reads(OWNER, Map.of("_openid", Map.of("$in", List.of("o_alice"))), alice())).isTrue();
            assertThat(reads(OWNER, Map.of("_openid", Map.of("$in", List.of("o_alice", "o_bob"))), alice()))
                    .isFalse();
        }
    }

    @Nested
    class Ranges {
        private static final String ADULTS = "{\"read\": \"doc.age > 10\"}";

        @Test
        void a_range_inside_the_rules_range_is_allowed() {
            assertThat(reads(ADULTS, Map.of("age", Map.of("$gt", 15)), alice())).isTrue();
            assertThat(reads(ADULTS, Map.of("age", Map.of("$gt", 10)), alice())).isTrue();
            assertThat(reads(ADULTS, Map.of("age", Map.of("$gte", 10.5)), alice())).isTrue();
            assertThat(reads(ADULTS, Map.of("age", 12), alice())).isTrue();
        }

        @Test
        void a_range_reaching_outside_the_rules_range_is_refused() {
            assertThat(reads(ADULTS, Map.of("age", Map.of("$gt", 5)), alice())).isFalse();
            assertThat(reads(ADULTS, Map.of("age", Map.of("$gte", 10)), alice())).isFalse();
            assertThat(reads(ADULTS, Map.of("age", Map.of("$lt", 50)), alice())).isFalse();
            assertThat(reads(ADULTS, Map.of("age", 10), alice())).isFalse();
        }

        @Test
        void a_negated_comparison_is_judged_as_its_opposite() {
            String rule = "{\"read\": \"!(doc.age < 10)\"}";
            assertThat(reads(rule, Map.of("age", Map.of("$gte", 10)), alice())).isTrue();
            assertThat(reads(rule, Map.of("age", Map.of("$gte", 9)), alice())).isFalse();
        }

        @Test
        void a_not_equal_rule_is_satisfied_by_a_query_that_excludes_the_value() {
            String rule = "{\"read\": \"doc.status != 'deleted'\"}";
            assertThat(reads(rule, Map.of("status", Map.of("$ne", "deleted")), alice())).isTrue();
            assertThat(reads(rule, Map.of("status", "open"), alice())).isTrue();
            assertThat(reads(rule, Map.of(), alice())).isFalse();
        }

        @Test
        void the_rule_may_compare_with_now() {
            String rule = "{\"read\": \"doc.expiresAt > now\"}";
            assertThat(reads(rule, Map.of("expiresAt", Map.of("$gt", NOW + 1)), alice())).isTrue();
            assertThat(reads(rule, Map.of("expiresAt", Map.of("$gt", NOW - 1)), alice())).isFalse();
        }
    }

    @Nested
    class Membership {
        @Test
        void the_caller_in_an_array_field_needs_the_query_to_require_it() {
            String rule = "{\"read\": \"auth.openid in doc.editors\"}";
            assertThat(reads(rule, Map.of("editors", "o_alice"), alice())).isTrue();
            assertThat(reads(rule, Map.of("editors", Map.of("$all", List.of("o_alice", "o_bob"))), alice()))
                    .isTrue();
            assertThat(reads(rule, Map.of("editors", "o_bob"), alice())).isFalse();
            assertThat(reads(rule, Map.of(), alice())).isFalse();
        }

        @Test
        void a_field_in_a_list_needs_the_query_to_stay_within_the_list() {
            String rule = "{\"read\": \"doc.status in ['a', 'b']\"}";
            assertThat(reads(rule, Map.of("status", Map.of("$in", List.of("a", "b"))), alice())).isTrue();
            assertThat(reads(rule, Map.of("status", "a"), alice())).isTrue();
            assertThat(reads(rule, Map.of("status", Map.of("$in", List.of("a", "c"))), alice())).isFalse();
        }
    }

    @Nested
    class Writes {
        private final SecurityRules rules = SecurityRules.parse("collection posts", """
                {"read": true, "write": "doc._openid == auth.openid",
                 "create": "auth != null && request.data.title != ''"}""");

        @Test
        void create_is_judged_on_the_new_document_and_its_payload() {
            RuleContext withTitle = new RuleContext("o_alice", NOW, Map.of("title", "hi"), (c, id) -> null);
            RuleContext empty = new RuleContext("o_alice", NOW, Map.of("title", ""), (c, id) -> null);
            RuleContext nobody = new RuleContext(null, NOW, Map.of("title", "hi"), (c, id) -> null);
            Map<String, Object> doc = Map.of("title", "hi", "_openid", "o_alice");
            assertThat(rules.allowsDocument(Access.CREATE, doc, withTitle, RuleCoverage.ignoring())).isTrue();
            assertThat(rules.allowsDocument(Access.CREATE, doc, empty, RuleCoverage.ignoring())).isFalse();
            assertThat(rules.allowsDocument(Access.CREATE, doc, nobody, RuleCoverage.ignoring())).isFalse();
        }

        @Test
        void update_and_delete_fall_back_to_write() {
            assertThat(rules.allowsQuery(Access.UPDATE, Map.of("_openid", "o_alice"), alice(),
                    RuleCoverage.ignoring())).isTrue();
            assertThat(rules.allowsQuery(Access.DELETE, Map.of("_id", "p1"), alice(), RuleCoverage.ignoring()))
                    .isFalse();
        }

        @Test
        void missing_read_or_write_denies() {
            SecurityRules onlyRead = SecurityRules.parse("collection x", "{\"read\": true}");
            assertThat(onlyRead.allowsQuery(Access.DELETE, Map.of(), alice(), RuleCoverage.ignoring())).isFalse();
            assertThat(onlyRead.allowsDocument(Access.CREATE, Map.of(), alice(), RuleCoverage.ignoring()))
                    .isFalse();
            assertThat(SecurityRules.parse("collection x", "{}")
                    .allowsQuery(Access.READ, Map.of(), alice(), RuleCoverage.ignoring())).isFalse();
        }
    }

    @Nested
    class Get {
        private final Map<String, Map<String, Object>> users = Map.of(
                "o_alice", Map.of("_id", "o_alice", "role", "admin"),
                "o_bob", Map.of("_id", "o_bob", "role", "member"));
        private final Map<String, Map<String, Object>> rooms = Map.of("r1", Map.of("_id", "r1", "owner", "o_alice"));

        private RuleContext as(String openId) {
            return new RuleContext(openId, NOW, null,
                    (collection, id) -> (collection.equals("users") ? users : rooms).get(id));
        }

        @Test
        void get_reads_another_document_for_the_caller() {
            String rule = "{\"read\": \"get('database.users.' + auth.openid).role == 'admin'\"}";
            assertThat(reads(rule, Map.of(), as("o_alice"))).isTrue();
            assertThat(reads(rule, Map.of(), as("o_bob"))).isFalse();
            assertThat(reads(rule, Map.of(), as("o_carol"))).isFalse();
        }

        @Test
        void get_of_a_doc_field_needs_the_query_to_pin_that_field() {
            String rule = "{\"read\": \"get('database.rooms.' + doc.roomId).owner == auth.openid\"}";
            assertThat(reads(rule, Map.of("roomId", "r1"), as("o_alice"))).isTrue();
            assertThat(reads(rule, Map.of("roomId", "r1"), as("o_bob"))).isFalse();
            assertThat(reads(rule, Map.of(), as("o_alice"))).isFalse();
            assertThat(reads(rule, Map.of("roomId", Map.of("$in", List.of("r1", "r2"))), as("o_alice"))).isFalse();
        }

        @Test
        void more_than_ten_documents_read_by_get_deny() {
            RuleContext counting = new RuleContext("o_alice", NOW, null, (c, id) -> Map.of("ok", true));
            String ten = "{\"read\": \"get('database.x.' + doc.a).ok && get('database.x.' + doc.b).ok\"}";
            List<Object> manyIds = List.of("1", "2", "3", "4", "5", "6");
            Map<String, Object> where = Map.of("$or", manyIds.stream()
                    .map(i -> (Object) Map.of("a", i, "b", "b" + i)).toList());
            assertThat(reads(ten, where, counting)).isFalse();
            assertThat(reads(ten, Map.of("a", "1", "b", "2"), counting)).isTrue();
        }
    }

    @Nested
    class Configuration_errors_name_the_owner_the_key_and_the_position {
        @Test
        void a_syntax_error() {
            assertThatThrownBy(() -> SecurityRules.parse("collection todos", "{\"read\": \"doc.a = 1\"}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("collection todos").hasMessageContaining("\"read\"")
                    .hasMessageContaining("at position 6").hasMessageContaining("'=='");
        }

        @Test
        void an_unknown_variable() {
            assertThatThrownBy(() -> SecurityRules.parse("collection todos", "{\"write\": \"user.id == 1\"}"))
                    .hasMessageContaining("unknown name 'user'").hasMessageContaining("at position 0");
        }

        @Test
        void an_expression_over_1024_characters() {
            String longRule = "doc.a == '" + "x".repeat(1020) + "'";
            assertThatThrownBy(() -> SecurityRules.parse("collection todos", "{\"read\": \"" + longRule + "\"}"))
                    .hasMessageContaining("the limit is 1024");
        }

        @Test
        void more_than_three_gets_or_gets_nested_three_deep() {
            String four = "get('database.a.1').x && get('database.a.2').x && get('database.a.3').x"
                    + " && get('database.a.4').x";
            String nested = "get('database.a.' + get('database.b.' + get('database.c.1').x).y).z";
            assertThatThrownBy(() -> SecurityRules.parse("collection t", "{\"read\": \"" + four + "\"}"))
                    .hasMessageContaining("more than 3 get() calls");
            assertThatThrownBy(() -> SecurityRules.parse("collection t", "{\"read\": \"" + nested + "\"}"))
                    .hasMessageContaining("nested more than 2 deep");
        }

        @Test
        void unknown_keys_and_values_that_are_not_rules() {
            assertThatThrownBy(() -> SecurityRules.parse("storage", "{\"reed\": true}"))
                    .hasMessageContaining("storage").hasMessageContaining("unknown key \"reed\"");
            assertThatThrownBy(() -> SecurityRules.parse("storage", "{\"read\": 1}"))
                    .hasMessageContaining("must be true, false or an expression string");
            assertThatThrownBy(() -> SecurityRules.parse("storage", "[true]"))
                    .hasMessageContaining("must be a JSON object");
        }
    }

    @Test
    void storage_rules_judge_the_file_by_its_uploader() {
        SecurityRules rules = SecurityRules.parse("storage",
                "{\"read\": true, \"write\": \"resource.openid == auth.openid\"}");
        RuleContext own = RuleContext.forFile("o_alice", NOW, "o_alice", "avatars/a.png");
        RuleContext others = RuleContext.forFile("o_alice", NOW, "o_bob", "avatars/b.png");
        RuleContext servers = RuleContext.forFile("o_alice", NOW, null, "config/site.json");
        assertThat(rules.allowsDocument(Access.DELETE, null, own, RuleCoverage.ignoring())).isTrue();
        assertThat(rules.allowsDocument(Access.DELETE, null, others, RuleCoverage.ignoring())).isFalse();
        assertThat(rules.allowsDocument(Access.DELETE, null, servers, RuleCoverage.ignoring())).isFalse();
        assertThat(rules.allowsDocument(Access.READ, null, others, RuleCoverage.ignoring())).isTrue();
    }

    @Test
    void coverage_counts_each_rule_part_true_and_false() {
        RuleCoverage coverage = new RuleCoverage();
        SecurityRules rules = SecurityRules.parse("collection t",
                "{\"read\": \"doc._openid == auth.openid || doc.public == true\"}");
        rules.allowsQuery(Access.READ, Map.of("_openid", "o_alice"), alice(), coverage.recorder("t"));
        rules.allowsQuery(Access.READ, Map.of("public", true), alice(), coverage.recorder("t"));
        AccessPolicy basic = AccessPolicy.basic(Permission.PRIVATE);
        // "t" is not a configured collection here, so its parts come after the configured ones, sorted
        PermissionSettings none = new PermissionSettings(Map.of(), basic, basic);
        assertThat(coverage.lines(none, RulePartCoverage::new)).containsExactly(
                new RulePartCoverage("t", "read", "doc._openid == auth.openid", 1, 1),
                new RulePartCoverage("t", "read", "doc.public == true", 1, 0));
    }
}
