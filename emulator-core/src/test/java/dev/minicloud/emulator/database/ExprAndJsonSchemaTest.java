package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.AggregateCommand;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.command.LogicCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code _.expr(aggregationExpression)} and {@code _.jsonSchema(schema)} in {@code where},
 * on the vendor's "passages" collection, then the covered {@code $jsonSchema} keywords one by one.
 */
class ExprAndJsonSchemaTest extends DatabaseTest {
    private static final AggregateCommand $ = Command.aggregate;

    @BeforeEach
    void seedPassages() {
        seed("passages", "passages.json");
    }

    private List<Object> where(LogicCommand condition) {
        return ids(db.collection("passages").where(condition).get());
    }

    private List<Object> schema(String json) {
        return where(Command.jsonSchema(json(json)));
    }

    // ---- the §4.2 rows ----

    @Test
    void expr_gte_index_3_matches_two_documents() {
        assertThat(where(Command.expr($.gte(List.of("$index", 3))))).containsExactly("number", "embedded");
    }

    @Test
    void json_schema_requiring_category_matches_all_seven() {
        assertThat(schema("{'required': ['category']}")).hasSize(7);
    }

    @Test
    void nor_of_that_json_schema_matches_none() {
        assertThat(where(Command.nor(List.of(Command.jsonSchema(json("{'required': ['category']}")))))).isEmpty();
    }

    // ---- expr ----

    @Test
    void expr_compares_two_fields_of_one_document() {
        db.collection("todos").add(json("{'_id': 1, 'spent': 50, 'budget': 40}"));
        db.collection("todos").add(json("{'_id': 2, 'spent': 10, 'budget': 40}"));
        assertThat(ids(db.collection("todos").where(Command.expr($.gt(List.of("$spent", "$budget")))).get()))
                .containsExactly(1);
    }

    @Test
    void expr_mixes_with_plain_conditions_in_and() {
        assertThat(where(Command.and(List.of(Map.of("category", "Web"), Command.expr($.eq(List.of("$index", 1)))))))
                .containsExactly("web-go");
        assertThat(ids(db.collection("passages").where("{\"$expr\": {\"$lt\": [\"$index\", 1]}}").get()))
                .containsExactly("web-js", "luke", "float");
    }

    @Test
    void expr_counts_updates_and_removes_like_any_condition() {
        LogicCommand highIndex = Command.expr($.gte(List.of("$index", 3)));
        assertThat(db.collection("passages").where(highIndex).count().total()).isEqualTo(2);
        assertThat(db.collection("passages").where(highIndex).update(Map.of("high", true)).stats().updated())
                .isEqualTo(2);
        assertThat(db.collection("passages").where(highIndex).remove().stats().removed()).isEqualTo(2);
    }

    @Test
    void expr_errors_name_the_operator() {
        assertThatThrownBy(() -> where(Command.expr(Map.of("$nope", 1)))).isInstanceOfSatisfying(
                CloudException.class, e -> assertThat(e.errMsg()).isEqualTo("collection.get:fail -502001 database"
                        + " request fail. Unrecognized expression '$nope'"));
    }

    // ---- jsonSchema keywords ----

    @Test
    void json_schema_bson_type_and_type() {
        assertThat(schema("{'properties': {'index': {'bsonType': 'int'}}, 'required': ['index']}"))
                .containsExactly("web-js", "web-go", "life", "number", "embedded");
        assertThat(schema("{'properties': {'index': {'bsonType': ['double']}}, 'required': ['index']}"))
                .containsExactly("float");
        assertThat(schema("{'properties': {'index': {'type': 'number'}}, 'required': ['index']}")).hasSize(6);
        assertThat(schema("{'properties': {'tags': {'bsonType': 'array'}, 'category': {'type': 'string'}}}"))
                .hasSize(7);
    }

    @Test
    void json_schema_numbers_strings_and_enums() {
        assertThat(schema("{'properties': {'index': {'minimum': 1, 'maximum': 3}}, 'required': ['index']}"))
                .containsExactly("web-go", "life", "number");
        assertThat(schema("{'properties': {'index': {'minimum': 1, 'exclusiveMinimum': true}}, 'required':"
                + " ['index']}")).containsExactly("life", "number", "embedded");
        assertThat(schema("{'properties': {'index': {'multipleOf': 2}}, 'required': ['index']}"))
                .containsExactly("web-js", "life", "embedded");
        assertThat(schema("{'properties': {'category': {'minLength': 5, 'maxLength': 6}}}"))
                .containsExactly("number", "float");
        assertThat(schema("{'properties': {'category': {'pattern': '^[A-Z]'}}}")).containsExactly("web-js",
                "web-go", "life");
        assertThat(schema("{'properties': {'category': {'enum': ['luke', 'float']}}}")).containsExactly("luke",
                "float");
    }

    @Test
    void json_schema_arrays() {
        assertThat(schema("{'properties': {'tags': {'minItems': 3}}}")).containsExactly("life", "number", "float");
        assertThat(schema("{'properties': {'tags': {'items': {'bsonType': 'string'}, 'maxItems': 2}}}"))
                .containsExactly("web-js", "web-go", "luke");
        assertThat(schema("{'properties': {'tags': {'items': [{'enum': ['Go']}], 'additionalItems': false}}}"))
                .containsExactly("luke");
        db.collection("todos").add(json("{'_id': 'dup', 'tags': [1, 1]}"));
        assertThat(ids(db.collection("todos").where(Command.jsonSchema(json("{'properties': {'tags':"
                + " {'uniqueItems': true}}}"))).get())).isEmpty();
    }

    @Test
    void json_schema_objects_and_combinations() {
        assertThat(schema("{'additionalProperties': false, 'properties': {'_id': {}, 'category': {}, 'tags': {}}}"))
                .containsExactly("luke");
        assertThat(schema("{'patternProperties': {'^tags': {'bsonType': 'array'}}, 'minProperties': 5}"))
                .containsExactly("web-js", "web-go", "life", "float");
        assertThat(schema("{'dependencies': {'tags2': ['index']}, 'maxProperties': 4}"))
                .containsExactly("luke", "number", "embedded");
        assertThat(schema("{'anyOf': [{'required': ['arr']}, {'required': ['tags2']}]}")).containsExactly("web-js",
                "web-go", "life", "float");
        assertThat(schema("{'oneOf': [{'required': ['index']}, {'required': ['tags2']}]}")).containsExactly(
                "number", "embedded", "float");
        assertThat(schema("{'not': {'required': ['index']}}")).containsExactly("luke");
        assertThat(schema("{'allOf': [{'required': ['index']}, {'properties': {'index': {'maximum': 0}}}]}"))
                .containsExactly("web-js");
    }

    @Test
    void json_schema_refuses_what_mongodb_does_not_support() {
        assertThatThrownBy(() -> schema("{'$ref': '#/x'}")).isInstanceOfSatisfying(CloudException.class, e ->
                assertThat(e.errMsg()).isEqualTo("collection.get:fail -502001 database request fail. $jsonSchema"
                        + " keyword '$ref' is not currently supported"));
        assertThatThrownBy(() -> schema("{'properties': {'index': {'type': 'integer'}}}")).isInstanceOfSatisfying(
                CloudException.class, e -> assertThat(e.errMsg()).endsWith("$jsonSchema type 'integer' is not"
                        + " currently supported."));
        assertThatThrownBy(() -> schema("{'frobnicate': 1}")).isInstanceOfSatisfying(CloudException.class, e ->
                assertThat(e.errMsg()).endsWith("Unknown $jsonSchema keyword: frobnicate"));
    }
}
