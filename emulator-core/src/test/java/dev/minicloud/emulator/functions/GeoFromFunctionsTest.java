package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.value.Geo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code db.Geo} values and the geo commands from a cloud function (the {@code nearby} fixture, around Canton
 * Tower): values come back as {@code db.Geo} instances wherever the SDK decodes them, queries find by distance and
 * shape, and misuse fails with the SDK's errors.
 */
class GeoFromFunctionsTest extends FunctionsTest {

    @Override
    EmulatorConfiguration.Builder configuration() {
        return super.configuration().addCollections("shops", "notes");
    }

    private Map<String, Object> run(String scenario) {
        return runCase("nearby", scenario);
    }

    @Test
    void geo_values_read_back_as_db_geo_instances_and_leave_the_function_as_geojson() {
        Map<String, Object> r = run("readBack");

        assertThat(r).containsEntry("towerIsPoint", true)
                .containsEntry("coordinates", List.of(113.3245, 23.1064))
                .containsEntry("kioskIsPoint", true)
                .containsEntry("allPoints", true)
                .containsEntry("inTransactionIsPoint", true)
                .containsEntry("routeIsLine", true)
                .containsEntry("outOfRangeStaysPlain", true);
        assertThat(r.get("tower")).isEqualTo(Map.of("_id", "tower", "name", "Canton Tower",
                "location", Map.of("type", "Point", "coordinates", List.of(113.3245, 23.1064))));
    }

    @Test
    void geo_values_written_from_javascript_are_the_java_apis_geo_values() {
        run("readBack");

        assertThat(env.database().collection("shops").doc("tower").get().data().get("location"))
                .isEqualTo(Geo.point(113.3245, 23.1064));
        assertThat(env.database().collection("shops").doc("ferry").get().data().get("route"))
                .isEqualTo(Geo.lineString(List.of(Geo.point(113.31, 23.105), Geo.point(113.35, 23.105))));
    }

    @Test
    void geo_near_finds_within_distance_bounds_nearest_first() {
        assertThat(run("near")).isEqualTo(Map.of("within2km", List.of("tower", "kiosk", "museum"),
                "beyond800m", List.of("museum", "station")));
    }

    @Test
    void geo_within_finds_inside_a_polygon_or_a_center_sphere() {
        assertThat(run("within")).isEqualTo(Map.of("square", List.of("tower", "museum", "kiosk"),
                "circle", List.of("tower", "kiosk"), "circleAroundPoint", List.of("tower", "kiosk")));
    }

    @Test
    void geo_intersects_finds_lines_crossing_a_shape() {
        assertThat(run("intersects")).isEqualTo(Map.of("crossed", List.of("ferry"), "missed", List.of()));
    }

    @Test
    void the_geo_near_stage_adds_distances_in_metres_and_needs_a_key_when_two_fields_hold_geo_values() {
        Map<String, Object> r = run("nearStage");

        assertThat(r).containsEntry("errMsg", "collection.aggregate:ok")
                .containsEntry("ids", List.of("tower", "museum"))
                .containsEntry("metres", List.of(0, 970))
                .containsEntry("points", true);
        assertThat(r.get("withoutKey")).isEqualTo(Map.of("errCode", -502001, "errMsg", "collection.aggregate:fail"
                + " -502001 database request fail. There is more than one 2dsphere index on test-1a2b.shops; unsure"
                + " which to use for $geoNear (candidates: location, route)"));
    }

    @Test
    void misused_geo_commands_and_values_throw_the_sdks_errors() {
        Map<String, Object> r = run("misuse");

        assertThat(r).containsEntry("nearNotPoint", "TypeError: \"geometry\" must be of type Point. Received type"
                        + " object")
                .containsEntry("nearBadDistance", "TypeError: \"maxDistance\" must be of type Number. Received type"
                        + " string")
                .containsEntry("withinPoint", "TypeError: \"geometry\" must be of type Polygon or MultiPolygon."
                        + " Received type object")
                .containsEntry("intersectsNothing", "TypeError: \"geometry\" must be of type Point, LineString,"
                        + " Polygon, MultiPoint, MultiLineString or MultiPolygon. Received type undefined")
                .containsEntry("noOptions", "TypeError: Cannot read properties of undefined (reading 'geometry')")
                .containsEntry("longitude", "TypeError: longitude should be a number ranges from -180 to 180")
                .containsEntry("notClosed", "Error: LineString [0,0],[1,1],[1,0] is not a closed cycle")
                .containsEntry("chained", List.of("tower"));
        assertThat(r.get("nearInOr")).isEqualTo(Map.of("errCode", -502001,
                "errMsg", "collection.get:fail -502001 database request fail. geoNear must be top-level expr"));
    }
}
