package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.AggregateCommand;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.AggregateResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** every stage of {@code collection.aggregate()}, with the platform's defaults. */
class AggregateStagesTest extends DatabaseTest {
    private static final AggregateCommand $ = Command.aggregate;

    @BeforeEach
    void seedBooks() {
        db.createCollection("books");
        db.createCollection("authors");
        seed("books", "books.json");
        seed("authors", "authors.json");
    }

    private Aggregate books() {
        return db.collection("books").aggregate();
    }

    /** A map keeping the order keys are given in: stage arguments where order matters. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Object> values(AggregateResult r, String field) {
        List<Object> out = new ArrayList<>();
        r.list().forEach(d -> out.add(d.get(field)));
        return out;
    }

    private static void requestFails(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-502001);
            assertThat(e.errMsg()).isEqualTo("collection.aggregate:fail -502001 database request fail. " + message);
        });
    }

    @Test
    void end_returns_the_list_and_errmsg() {
        AggregateResult r = books().match(Map.of("_id", "b1")).project(Map.of("title", 1)).end();
        assertThat(r.errMsg()).isEqualTo("collection.aggregate:ok");
        assertThat(r.list()).containsExactly(Map.of("_id", "b1", "title", "Autumn"));
        assertThatThrownBy(() -> r.list().add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void without_a_limit_stage_at_most_20_documents_come_back() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(Map.of("i", i));
        }
        db.collection("todos").add(many);
        assertThat(db.collection("todos").aggregate().end().list()).hasSize(20);
        assertThat(db.collection("todos").aggregate().match(Map.of("i", Command.gte(0))).end().list()).hasSize(20);
        assertThat(db.collection("todos").aggregate().limit(25).end().list()).hasSize(25);
        assertThat(db.collection("todos").aggregate().limit(100).skip(3).end().list()).hasSize(27);
    }

    @Test
    void add_fields_keeps_every_field_and_merges_into_sub_documents() {
        Map<String, Object> doc = books().match(Map.of("_id", "b1"))
                .addFields(ordered("revenue", $.multiply(List.of("$price", "$sales")), "shelf",
                        Map.of("label", $.concat(List.of("R", $.toUpper("$category")))), "price", 11))
                .end().list().get(0);
        assertThat(doc.keySet()).containsExactly("_id", "title", "author", "category", "price", "sales", "tags",
                "published", "shelf", "revenue");
        assertThat(doc).containsEntry("revenue", 1000).containsEntry("price", 11)
                .containsEntry("shelf", Map.of("room", 1, "row", 4, "label", "RNOVEL"));
    }

    @Test
    void bucket_groups_by_boundaries_with_a_default_bucket() {
        AggregateResult r = books().bucket(ordered("groupBy", "$price", "boundaries", List.of(0, 10, 20),
                "default", "expensive", "output", ordered("count", $.sum(1), "titles", $.push("$title")))).end();
        assertThat(r.list()).containsExactly(
                ordered("_id", 0, "count", 1, "titles", List.of("Cantos")),
                ordered("_id", 10, "count", 2, "titles", List.of("Autumn", "Echo")),
                ordered("_id", "expensive", "count", 2, "titles", List.of("Bridges", "Dust")));
        assertThat(books().bucket(Map.of("groupBy", "$price", "boundaries", List.of(0, 100))).end().list())
                .containsExactly(ordered("_id", 0, "count", 5));
    }

    @Test
    void bucket_fails_for_a_value_outside_the_boundaries_without_default() {
        requestFails(() -> books().bucket(Map.of("groupBy", "$price", "boundaries", List.of(0, 10))).end(),
                "$bucket could not find a matching branch for an input, and no default was specified.");
        requestFails(() -> books().bucket(Map.of("groupBy", "$price", "boundaries", List.of(10, 0))).end(),
                "The 'boundaries' option to $bucket must be sorted in ascending order, but elements 0 and 1 are not"
                        + " in ascending order (10 is not less than 0).");
    }

    @Test
    void bucket_auto_cuts_documents_into_even_buckets() {
        // Five prices in two buckets: round(5 / 2) = 3 documents, then the rest.
        assertThat(books().bucketAuto(Map.of("groupBy", "$price", "buckets", 2)).end().list()).containsExactly(
                ordered("_id", ordered("min", 5, "max", 20), "count", 3),
                ordered("_id", ordered("min", 20, "max", 40), "count", 2));
        assertThat(books().bucketAuto(Map.of("groupBy", "$price", "buckets", 9)).end().list()).hasSize(5);
        // Sales 10, 30, 50 | 70 < 100 joins them | 100: maxima rounded up on 1-2-5, the first min rounded down.
        assertThat(books().bucketAuto(Map.of("groupBy", "$sales", "buckets", 2, "granularity", "1-2-5",
                "output", Map.of("n", $.sum(1)))).end().list()).containsExactly(
                        ordered("_id", ordered("min", 5, "max", 100), "n", 4),
                        ordered("_id", ordered("min", 100, "max", 200), "n", 1));
        requestFails(() -> books().bucketAuto(Map.of("groupBy", "$title", "buckets", 2, "granularity", "R5")).end(),
                "$bucketAuto can specify a 'granularity' with numeric boundaries only, but found a value with type:"
                        + " string");
    }

    @Test
    void count_outputs_one_document_with_the_number() {
        assertThat(books().match(Map.of("category", "novel")).count("novels").end().list())
                .containsExactly(Map.of("novels", 3));
        assertThat(books().match(Map.of("category", "none")).count("n").end().list()).isEmpty();
        requestFails(() -> books().count("$n").end(), "the count field cannot be a $-prefixed path");
    }

    @Test
    void group_accumulates_per_id_in_first_seen_order() {
        AggregateResult r = books().group(ordered("_id", "$category", "n", $.sum(1), "sales", $.sum("$sales"),
                "avgPrice", $.avg("$price"), "first", $.first("$title"), "last", $.last("$title"),
                "authors", $.addToSet("$author"), "titles", $.push("$title"), "max", $.max("$price"),
                "min", $.min("$price"))).end();
        assertThat(values(r, "_id")).containsExactly("novel", "poetry", "science");
        assertThat(r.list().get(0)).isEqualTo(ordered("_id", "novel", "n", 3, "sales", 220, "avgPrice", 15,
                "first", "Autumn", "last", "Echo", "authors", java.util.Arrays.asList("ann", "bob", null),
                "titles", List.of("Autumn", "Bridges", "Echo"), "max", 20, "min", 10));
    }

    @Test
    void group_by_null_objects_and_expressions() {
        assertThat(books().group(ordered("_id", null, "total", $.sum("$price"))).end().list())
                .containsExactly(ordered("_id", null, "total", 90));
        assertThat(books().group(ordered("_id", ordered("room", "$shelf.room", "year", $.year("$published")),
                "n", $.sum(1))).sort(Map.of("n", -1)).limit(1).end().list())
                .containsExactly(ordered("_id", ordered("room", 1, "year", 2020), "n", 2));
        requestFails(() -> books().group(Map.of("n", $.sum(1))).end(), "a group specification must include an _id");
        requestFails(() -> books().group(ordered("_id", null, "n", Map.of("$median", 1))).end(),
                "unknown group operator '$median'");
    }

    @Test
    void limit_and_skip() {
        assertThat(values(books().skip(1).limit(2).end(), "_id")).containsExactly("b2", "b3");
        requestFails(() -> books().limit(0).end(), "the limit must be positive");
    }

    @Test
    void lookup_joins_by_local_and_foreign_field() {
        AggregateResult r = books().lookup(Map.of("from", "authors", "localField", "author", "foreignField", "_id",
                "as", "writer")).project(Map.of("writer.name", 1)).end();
        assertThat(r.list()).extracting(d -> d.get("writer")).containsExactly(
                List.of(Map.of("name", "Ann")), List.of(Map.of("name", "Bob")), List.of(Map.of("name", "Ann")),
                List.of(), List.of());
    }

    @Test
    void lookup_treats_missing_as_null_and_matches_array_elements() {
        db.collection("todos").add(json("{'_id': 1, 'refs': ['ann', 'dan']}"));
        db.collection("todos").add(json("{'_id': 2}"));
        db.collection("users").add(json("{'_id': 'u1', 'owner': null}"));
        db.collection("users").add(json("{'_id': 'u2'}"));
        db.collection("users").add(json("{'_id': 'u3', 'owner': 'x'}"));
        assertThat(db.collection("todos").aggregate().lookup(Map.of("from", "authors", "localField", "refs",
                "foreignField", "_id", "as", "a")).end().list().get(0).get("a"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
        List<?> owned = (List<?>) db.collection("todos").aggregate().match(Map.of("_id", 2)).lookup(Map.of("from",
                "users", "localField", "refs", "foreignField", "owner", "as", "owned")).end().list().get(0)
                .get("owned");
        assertThat(owned).extracting(d -> (Object) ((Map<?, ?>) d).get("_id")).containsExactly("u1", "u2");
        assertThat(db.collection("todos").aggregate().lookup(Map.of("from", "nothing", "localField", "_id",
                "foreignField", "_id", "as", "none")).end().list()).allMatch(d -> d.get("none").equals(List.of()));
    }

    @Test
    void lookup_with_let_and_a_sub_pipeline() {
        List<Map<String, Object>> pipeline = $.pipeline()
                .match(Command.expr($.and(List.of($.eq(List.of("$_id", "$$writer")),
                        $.gte(List.of("$born", "$$since"))))))
                .project(Map.of("_id", 0, "name", 1))
                .done();
        AggregateResult r = books().lookup(Map.of("from", "authors", "let", Map.of("writer", "$author", "since",
                1980), "pipeline", pipeline, "as", "writer")).project(Map.of("writer", 1)).end();
        assertThat(r.list()).extracting(d -> d.get("writer")).containsExactly(List.of(), List.of(Map.of("name",
                "Bob")), List.of(), List.of(), List.of());
        assertThat(books().limit(1).lookup(Map.of("from", "authors", "pipeline", List.of(), "as", "all")).end()
                .list().get(0).get("all")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3);
        List<Map<String, Object>> byCountry = $.pipeline().match(Map.of("country", "CN"))
                .group(Map.of("_id", "$country", "n", $.sum(1))).done();
        assertThat(books().limit(1).lookup(Map.of("from", "authors", "pipeline", byCountry, "as", "cn")).end()
                .list().get(0).get("cn")).isEqualTo(List.of(ordered("_id", "CN", "n", 2)));
    }

    @Test
    void lookup_sub_pipelines_see_undefined_variables_as_errors() {
        List<Map<String, Object>> pipeline = $.pipeline().match(Command.expr($.eq(List.of("$_id", "$$who"))))
                .done();
        requestFails(() -> books().lookup(Map.of("from", "authors", "pipeline", pipeline, "as", "w")).end(),
                "Use of undefined variable: who");
    }

    @Test
    void match_takes_where_syntax_with_commands_and_nested_objects() {
        assertThat(values(books().match(Map.of("price", Command.gt(10).and(Command.lt(30)))).end(), "_id"))
                .containsExactly("b2", "b5");
        assertThat(values(books().match(Map.of("shelf", Map.of("room", 2))).end(), "_id")).containsExactly("b3",
                "b4");
        assertThat(values(books().match(Command.or(Map.of("author", "cid"), Map.of("tags", "classic"))).end(),
                "_id")).containsExactly("b1", "b4");
        assertThat(values(books().match(Map.of("published", Command.lt(db.serverDate()))).end(), "_id")).hasSize(5);
    }

    @Test
    void project_includes_excludes_and_computes_fields() {
        assertThat(books().match(Map.of("_id", "b2")).project(ordered("_id", 0, "title", true, "shelf.room", 1,
                "label", $.concat(List.of("$title", "!")), "one", $.literal(1))).end().list())
                .containsExactly(ordered("title", "Bridges", "shelf", Map.of("room", 1), "label", "Bridges!",
                        "one", 1));
        assertThat(books().match(Map.of("_id", "b2")).project(ordered("tags", 0, "published", 0, "shelf",
                Map.of("row", 0))).end().list().get(0).keySet()).containsExactly("_id", "title", "author", "category",
                        "price", "sales", "shelf");
        assertThat(books().match(Map.of("_id", "b2")).project(Map.of("shelf", Map.of("room", 1, "where",
                $.concat(List.of("row ", Map.of("$toString", "$shelf.row")))))).end().list())
                .containsExactly(ordered("_id", "b2", "shelf", ordered("room", 1, "where", "row 2")));
    }

    @Test
    void project_of_the_id_alone_keeps_or_drops_only_the_id() {
        assertThat(books().limit(1).project(Map.of("_id", 1)).end().list()).containsExactly(Map.of("_id", "b1"));
        assertThat(books().limit(1).project(Map.of("_id", 0)).end().list().get(0)).doesNotContainKey("_id")
                .containsEntry("title", "Autumn");
    }

    @Test
    void project_refuses_mixing_inclusion_and_exclusion() {
        requestFails(() -> books().project(ordered("title", 1, "price", 0)).end(),
                "Invalid $project :: caused by :: Cannot do exclusion on field price in inclusion projection");
        requestFails(() -> books().project(Map.of()).end(),
                "Invalid $project :: caused by :: projection specification must have at least one field");
    }

    @Test
    void replace_root_promotes_a_sub_document() {
        assertThat(books().limit(2).replaceRoot(Map.of("newRoot", "$shelf")).end().list())
                .containsExactly(ordered("room", 1, "row", 4), ordered("room", 1, "row", 2));
        requestFails(() -> books().replaceRoot(Map.of("newRoot", "$title")).end(),
                "'newRoot' expression must evaluate to an object, but resulting value was: \"Autumn\". Type of"
                        + " resulting value: 'string'.");
    }

    @Test
    void sample_picks_distinct_documents_at_random() {
        List<Map<String, Object>> picked = books().sample(Map.of("size", 3)).end().list();
        assertThat(picked).hasSize(3).doesNotHaveDuplicates();
        assertThat(books().sample(Map.of("size", 10)).end().list()).hasSize(5);
    }

    @Test
    void sort_by_several_keys_in_order() {
        assertThat(values(books().sort(ordered("category", 1, "price", -1)).end(), "_id"))
                .containsExactly("b2", "b5", "b1", "b3", "b4");
        requestFails(() -> books().sort(Map.of("price", 2)).end(),
                "$sort key ordering must be 1 (for ascending) or -1 (for descending)");
    }

    @Test
    void sort_by_count_groups_and_counts_largest_first() {
        assertThat(books().sortByCount("$category").end().list()).containsExactly(ordered("_id", "novel", "count",
                3), ordered("_id", "poetry", "count", 1), ordered("_id", "science", "count", 1));
        assertThat(books().unwind("$tags").sortByCount("$tags").end().list()).first()
                .isEqualTo(ordered("_id", "short", "count", 2));
    }

    @Test
    void unwind_a_path_drops_empty_null_and_missing_arrays() {
        assertThat(books().unwind("$tags").project(Map.of("tags", 1)).end().list()).containsExactly(
                ordered("_id", "b1", "tags", "classic"), ordered("_id", "b1", "tags", "short"),
                ordered("_id", "b2", "tags", "short"));
    }

    @Test
    void unwind_options_keep_empty_arrays_and_record_the_index() {
        AggregateResult r = books().unwind(Map.of("path", "$tags", "includeArrayIndex", "i",
                "preserveNullAndEmptyArrays", true)).project(Map.of("tags", 1, "i", 1)).end();
        assertThat(r.list()).containsExactly(ordered("_id", "b1", "tags", "classic", "i", 0),
                ordered("_id", "b1", "tags", "short", "i", 1), ordered("_id", "b2", "tags", "short", "i", 0),
                ordered("_id", "b3", "i", null), ordered("_id", "b4", "i", null),
                ordered("_id", "b5", "tags", null, "i", null));
        requestFails(() -> books().unwind("tags").end(),
                "path option to $unwind stage should be prefixed with a '$': tags");
    }

    @Test
    void stages_the_sdk_declares_but_cannot_build_are_refused() {
        for (String stage : List.of("$collStats", "$facet", "$graphLookup", "$indexStats", "$out", "$redact")) {
            Aggregate withStage = db.collection("books").aggregate(List.of(Map.of(stage, Map.of())));
            requestFails(withStage::end, stage + " is not supported: wx-server-sdk declares it, but"
                    + " @cloudbase/database 1.4.3 has no builder for it, so the platform never runs it");
        }
        requestFails(db.collection("books").aggregate(List.of(Map.of("$merge", "x")))::end,
                "Unrecognized pipeline stage name: '$merge'");
    }

    @Test
    void a_missing_collection_fails_like_every_other_call() {
        assertThatThrownBy(() -> db.collection("nope").aggregate().end()).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.errMsg()).startsWith("collection.aggregate:fail -502005 database collection not"
                        + " exists. [ResourceNotFound] Db or Table not exist: nope."));
    }

    @Test
    void done_gives_the_wire_form_and_a_bare_pipeline_cannot_run() {
        List<Map<String, Object>> wire = books().match(Map.of("a", 1)).limit(3).done();
        assertThat(wire).containsExactly(Map.of("$match", Map.of("a", 1)), Map.of("$limit", 3));
        assertThatThrownBy(() -> $.pipeline().limit(1).end()).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-1);
            assertThat(e.errMsg()).isEqualTo("Aggregation pipeline cannot send request");
        });
    }

    @Test
    void a_pipeline_can_be_given_in_its_wire_form() {
        List<Map<String, Object>> wire = books().match(Map.of("category", "novel"))
                .group(ordered("_id", null, "n", $.sum(1))).done();
        assertThat(db.collection("books").aggregate(wire).end().list()).containsExactly(ordered("_id", null, "n", 3));
        assertThat(db.collection("books").aggregate(List.of(json("{'$match': {'price': {'$gte': 20}}}")))
                .count("n").end().list()).containsExactly(Map.of("n", 2));
    }

    @Test
    void builders_are_immutable() {
        Aggregate base = books().match(Map.of("category", "novel"));
        Aggregate limited = base.limit(1);
        assertThat(base.end().list()).hasSize(3);
        assertThat(limited.end().list()).hasSize(1);
    }

    @Test
    void dates_in_results_are_instants() {
        assertThat(books().limit(1).project(Map.of("published", 1)).end().list().get(0).get("published"))
                .isEqualTo(Instant.parse("2020-01-15T00:00:00Z"));
    }
}
