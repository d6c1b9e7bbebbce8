package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code collection.aggregate()} and {@code _.expr} from a cloud function (the {@code reports} fixture): pipelines
 * built with {@code db.command.aggregate}, the result shape, dates read back as {@code Date}s, the default limit,
 * and failures with the service's errors.
 */
class AggregationFromFunctionsTest extends FunctionsTest {

    @Override
    EmulatorConfiguration.Builder configuration() {
        return super.configuration().addCollections("orders", "customers", "numbers");
    }

    private Map<String, Object> run(String scenario) {
        return runCase("reports", scenario);
    }

    @Test
    void match_unwind_group_lookup_project_and_sort_resolve_with_list_and_errmsg() {
        Map<String, Object> r = run("revenue");

        assertThat(r.get("list")).isEqualTo(List.of(
                Map.of("revenue", 105, "lastPaid", "2024-03-02T10:00:00.000Z", "name", "Ada", "orderCount", 2),
                Map.of("revenue", 60, "lastPaid", "2024-03-03T10:00:00.000Z", "name", "Bo", "orderCount", 1)));
        assertThat(r).containsEntry("errMsg", "collection.aggregate:ok").containsEntry("datesAreDates", true);
    }

    @Test
    void a_lookup_sub_pipeline_sees_let_variables_in_expr() {
        assertThat(run("paidPerCustomer").get("list")).isEqualTo(List.of(
                Map.of("_id", "c1", "name", "Ada", "paid", List.of("o1", "o2")),
                Map.of("_id", "c2", "name", "Bo", "paid", List.of("o3")),
                Map.of("_id", "c3", "name", "Cy", "paid", List.of())));
    }

    @Test
    void time_zones_sort_by_count_count_and_raw_wire_pipelines() {
        Map<String, Object> r = run("shapesAndDates");

        assertThat(r.get("byDay")).isEqualTo(List.of(Map.of("_id", "2024-03-02", "n", 2),
                Map.of("_id", "2024-03-03", "n", 1)));
        assertThat(r.get("cities")).isEqualTo(List.of(Map.of("_id", "Shenzhen", "count", 2),
                Map.of("_id", "Beijing", "count", 1)));
        assertThat(r.get("counted")).isEqualTo(List.of(Map.of("paid", 3)));
        assertThat(r.get("raw")).isEqualTo(List.of(Map.of("_id", "o4")));
    }

    @Test
    void expr_and_json_schema_filter_get_and_count() {
        assertThat(run("expr")).isEqualTo(Map.of("severalItems", List.of("o1"), "combined", List.of("o2", "o3"),
                "counted", 2, "schema", List.of("o1", "o2", "o3")));
    }

    @Test
    void a_pipeline_without_limit_returns_twenty_documents() {
        assertThat(run("defaultLimit")).isEqualTo(Map.of("withoutLimit", 20, "withLimit", 25));
    }

    @Test
    void failures_reject_with_the_services_errcode_and_errmsg() {
        Map<String, Object> r = run("failures");

        assertThat(r.get("missingCollection")).isEqualTo(Map.of("errCode", -502005, "errMsg",
                "collection.aggregate:fail -502005 database collection not exists. [ResourceNotFound] Db or Table"
                        + " not exist: nope. Please check your request, but if the problem cannot be solved, contact"
                        + " us."));
        assertThat(r.get("unknownOperator")).isEqualTo(Map.of("errCode", -502001, "errMsg",
                "collection.aggregate:fail -502001 database request fail. Unrecognized expression '$round'"));
        assertThat(r.get("unknownStage")).isEqualTo(Map.of("errCode", -502001, "errMsg",
                "collection.aggregate:fail -502001 database request fail. Unrecognized pipeline stage name:"
                        + " '$merge'"));
        assertThat(r.get("badLimit")).isEqualTo(Map.of("errCode", -502001, "errMsg",
                "collection.aggregate:fail -502001 database request fail. the limit must be positive"));
        assertThat(r.get("badExpr")).isEqualTo(Map.of("errCode", -502001, "errMsg",
                "collection.get:fail -502001 database request fail. The argument to $size must be an array. Type of"
                        + " the argument was string"));
    }
}
