package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Geo values, their validation, storage as GeoJSON, and the geo query commands on
 * a spherical earth.
 */
class GeoTest extends DatabaseTest {
    private static final double EARTH_RADIUS = 6378100;

    @BeforeEach
    void seedShops() {
        db.createCollection("shops");
        seed("shops", "shops.json");
    }

    private static void sdkError(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-1);
            assertThat(e.errMsg()).isEqualTo(message);
        });
    }

    /** The great-circle distance by the haversine formula, computed independently of MiniCloud. */
    private static double haversine(double lng1, double lat1, double lng2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(a));
    }

    private List<Object> where(Map<String, ?> condition) {
        return ids(db.collection("shops").where(condition).get());
    }

    private static Geo.LineString ring(double... lngLat) {
        List<Geo.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < lngLat.length; i += 2) {
            points.add(Geo.point(lngLat[i], lngLat[i + 1]));
        }
        return Geo.lineString(points);
    }

    /** A box from (west, south) to (east, north). */
    private static Geo.Polygon box(double west, double south, double east, double north) {
        return Geo.polygon(List.of(ring(west, south, east, south, east, north, west, north, west, south)));
    }

    // ---- values and validation ----

    @Test
    void point_coordinates_out_of_range_fail_with_the_sdk_messages() {
        sdkError(() -> Geo.point(180.5, 0), "longitude should be a number ranges from -180 to 180");
        sdkError(() -> Geo.point(0, -90.5), "latitude should be a number ranges from -90 to 90");
        sdkError(() -> Geo.fromGeoJson(json("{'type': 'Point', 'coordinates': ['113', 23]}")),
                "Geo Point must be number type");
    }

    @Test
    void lines_polygons_and_multi_geometries_are_checked_like_the_sdk_constructors() {
        sdkError(() -> Geo.lineString(List.of(Geo.point(1, 1))), "\"points\" must contain 2 points at least");
        sdkError(() -> Geo.polygon(List.of(ring(0, 0, 1, 1, 1, 0))),
                "LineString [0,0],[1,1],[1,0] is not a closed cycle");
        sdkError(() -> Geo.polygon(List.of()), "Polygon must contain 1 linestring at least");
        sdkError(() -> Geo.multiPoint(List.of()), "\"points\" must contain 1 point at least");
        sdkError(() -> Geo.multiLineString(List.of()), "Polygon must contain 1 linestring at least");
        sdkError(() -> Geo.multiPolygon(List.of()), "MultiPolygon must contain 1 polygon at least");
        sdkError(() -> Geo.multiPoint(java.util.Arrays.asList(Geo.point(1, 1), null)),
                "\"points\" must be of type Point[]. Received type object[]");
    }

    @Test
    void geo_values_are_stored_as_geojson_and_read_back_as_geo_values() {
        Geo.Polygon area = box(113.3, 23.1, 113.4, 23.2);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", "g");
        doc.put("point", Geo.point(113.32, 23.12));
        doc.put("line", Geo.lineString(List.of(Geo.point(1, 2), Geo.point(3, 4))));
        doc.put("area", area);
        doc.put("spots", Geo.multiPoint(List.of(Geo.point(1, 2))));
        doc.put("roads", Geo.multiLineString(List.of(ring(1, 1, 2, 2))));
        doc.put("zones", Geo.multiPolygon(List.of(area)));
        db.collection("users").add(doc);

        Map<String, Object> read = db.collection("users").doc("g").get().data();
        assertThat(read.get("point")).isEqualTo(Geo.point(113.32, 23.12));
        assertThat(read.get("area")).isEqualTo(area);
        assertThat(read.get("zones")).isInstanceOf(Geo.MultiPolygon.class);
        assertThat(read.get("roads")).isInstanceOf(Geo.MultiLineString.class);
        assertThat(Json.stringify(read.get("point"))).isEqualTo("{\"type\":\"Point\",\"coordinates\":[113.32,23.12]}");
        assertThat(Json.stringify(read.get("line")))
                .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}");
        assertThat(db.collection("users").where(Map.of("point.type", "Point")).count().total()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void plain_geojson_objects_read_back_as_geo_values_as_in_the_sdk() {
        Map<String, Object> first = db.collection("shops").doc("tianhe").get().data();
        assertThat(first.get("location")).isEqualTo(Geo.point(113.32, 23.12));
        List<Object> kiosks = (List<Object>) db.collection("shops").doc("kiosks").get().data().get("location");
        assertThat(kiosks).containsExactly(Geo.point(113.5, 23.5), Geo.point(113.321, 23.12));
        assertThat(db.collection("shops").doc("legacy").get().data().get("location")).isEqualTo(List.of(113.34, 23.12));
    }

    @Test
    void objects_that_only_resemble_geojson_stay_plain() {
        db.collection("users").add(json("{'_id': 'u', 'a': {'type': 'Point'}, 'b': {'type': 'Point',"
                + " 'coordinates': [200, 0]}, 'c': {'type': 'Polygon', 'coordinates': [[[0, 0], [1, 1], [0, 1]]]}}"));
        Map<String, Object> read = db.collection("users").doc("u").get().data();
        assertThat(read.get("a")).isEqualTo(Map.of("type", "Point"));
        assertThat(read.get("b")).isInstanceOf(Map.class);
        assertThat(read.get("c")).isInstanceOf(Map.class);
    }

    @Test
    void a_document_shaped_like_geojson_itself_stays_a_document() {
        db.collection("users").add(json("{'_id': 'p', 'type': 'Point', 'coordinates': [1, 2], 'at': {'type':"
                + " 'Point', 'coordinates': [1, 2]}}"));
        GetResult r = db.collection("users").get();
        assertThat(r.data().get(0)).containsEntry("type", "Point").containsEntry("at", Geo.point(1, 2));
    }

    @Test
    void geo_values_are_accepted_in_where_and_update_data() {
        db.collection("users").add(Map.of("_id", "u", "home", Geo.point(1, 2)));
        assertThat(db.collection("users").where(Map.of("home", Geo.point(1, 2))).count().total()).isEqualTo(1);
        db.collection("users").doc("u").update(Map.of("home", Geo.point(3, 4), "work", Geo.point(5, 6)));
        Map<String, Object> read = db.collection("users").doc("u").get().data();
        assertThat(read).containsEntry("home", Geo.point(3, 4)).containsEntry("work", Geo.point(5, 6));
        db.collection("users").doc("u").set(Map.of("home", Geo.point(7, 8)));
        assertThat(db.collection("users").doc("u").get().data()).containsEntry("home", Geo.point(7, 8));
    }

    @Test
    void geo_values_can_be_built_from_geojson_maps_as_cloud_functions_send_them() {
        Map<String, Object> polygon = json("{'type': 'Polygon', 'coordinates': [[[0, 0], [2, 0], [2, 2], [0, 0]]]}");
        assertThat(Geo.fromGeoJson(polygon)).isEqualTo(Geo.polygon(List.of(ring(0, 0, 2, 0, 2, 2, 0, 0))));
        assertThat(Geo.fromGeoJson(polygon).toGeoJson()).isEqualTo(polygon);
        sdkError(() -> Geo.fromGeoJson(json("{'type': 'Circle', 'coordinates': []}")),
                "not a GeoJSON geometry type: Circle");
    }

    // ---- geoNear ----

    @Test
    void geo_near_returns_documents_nearest_first() {
        assertThat(where(Map.of("location", Command.geoNear(Map.of("geometry", Geo.point(113.3205, 23.12))))))
                .containsExactly("tianhe", "kiosks", "east", "legacy", "north", "far");
    }

    @Test
    void geo_near_max_and_min_distance_are_metres() {
        double east = haversine(113.32, 23.12, 113.33, 23.12);
        assertThat(east).isCloseTo(1023.8, within(1.0));
        Map<String, Object> near = Map.of("geometry", Geo.point(113.32, 23.12), "maxDistance", east + 1);
        assertThat(where(Map.of("location", Command.geoNear(near)))).containsExactly("tianhe", "kiosks", "east");
        Map<String, Object> ring = Map.of("geometry", Geo.point(113.32, 23.12), "minDistance", east - 1,
                "maxDistance", 2500);
        assertThat(where(Map.of("location", Command.geoNear(ring)))).containsExactly("east", "legacy", "north");
        assertThat(where(Map.of("location", Command.geoNear(Map.of("geometry", Geo.point(113.32, 23.12),
                "maxDistance", east - 1))))).containsExactly("tianhe", "kiosks");
    }

    @Test
    void geo_near_combines_with_other_conditions_limit_and_order_by() {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("kind", "cafe");
        condition.put("location", Command.geoNear(Map.of("geometry", Geo.point(113.32, 23.12))));
        assertThat(ids(db.collection("shops").where(condition).limit(2).get())).containsExactly("kiosks", "east");
        assertThat(ids(db.collection("shops").where(condition).orderBy("name", "asc").get()))
                .containsExactly("east", "kiosks", "legacy", "north");
    }

    @Test
    void geo_near_is_refused_inside_or() {
        assertThatThrownBy(() -> db.collection("shops").where(Command.or(Map.of("location",
                Command.geoNear(Map.of("geometry", Geo.point(1, 1)))), Map.of("kind", "mall"))).get())
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errMsg())
                        .isEqualTo("collection.get:fail -502001 database request fail. geoNear must be top-level"
                                + " expr"));
    }

    @Test
    void geo_near_options_are_checked_like_the_sdk() {
        sdkError(() -> Command.geoNear(Map.of("geometry", box(0, 0, 1, 1))),
                "\"geometry\" must be of type Point. Received type object");
        sdkError(() -> Command.geoNear(Map.of("geometry", Geo.point(1, 1), "maxDistance", "1km")),
                "\"maxDistance\" must be of type Number. Received type string");
        sdkError(() -> Command.geoNear(Map.of("maxDistance", 1)),
                "\"geometry\" must be of type Point. Received type undefined");
    }

    @Test
    void geo_commands_are_encoded_as_in_the_sdk() {
        Map<String, Object> wire = new dev.minicloud.emulator.internal.database.query.QueryEncoder(
                new dev.minicloud.emulator.internal.database.query.ValueEncoder(NOW)).encodeWhere(Map.of("loc",
                        Command.geoNear(Map.of("geometry", Geo.point(1, 2), "maxDistance", 10))));
        assertThat(Json.stringify(wire)).isEqualTo("{\"loc\":{\"$nearSphere\":{\"$geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[1,2]},\"$maxDistance\":10}}}");
        Map<String, Object> sphere = new dev.minicloud.emulator.internal.database.query.QueryEncoder(
                new dev.minicloud.emulator.internal.database.query.ValueEncoder(NOW)).encodeWhere(Map.of("loc",
                        Command.geoWithin(Map.of("centerSphere", List.of(Geo.point(1, 2), 0.1)))));
        assertThat(Json.stringify(sphere)).isEqualTo("{\"loc\":{\"$geoWithin\":{\"$centerSphere\":[[1,2],0.1]}}}");
    }

    // ---- geoWithin ----

    @Test
    void geo_within_a_polygon_matches_points_inside_it() {
        Geo.Polygon around = box(113.315, 23.115, 113.335, 23.125);
        assertThat(where(Map.of("location", Command.geoWithin(Map.of("geometry", around)))))
                .containsExactly("tianhe", "east", "kiosks");
    }

    @Test
    void geo_within_respects_polygon_holes_and_multi_polygons() {
        Geo.Polygon withHole = Geo.polygon(List.of(
                ring(113.31, 23.11, 113.345, 23.11, 113.345, 23.15, 113.31, 23.15, 113.31, 23.11),
                ring(113.319, 23.119, 113.3215, 23.119, 113.3215, 23.121, 113.319, 23.121, 113.319, 23.119)));
        assertThat(where(Map.of("location", Command.geoWithin(Map.of("geometry", withHole)))))
                .containsExactly("east", "north", "legacy");
        Geo.MultiPolygon two = Geo.multiPolygon(List.of(box(113.31, 23.11, 113.325, 23.13),
                box(114, 22.5, 114.1, 22.6)));
        assertThat(where(Map.of("location", Command.geoWithin(Map.of("geometry", two)))))
                .containsExactly("tianhe", "far", "kiosks");
    }

    @Test
    void geo_within_center_sphere_takes_a_radius_in_radians() {
        double radius = 1100 / EARTH_RADIUS;
        assertThat(where(Map.of("location", Command.geoWithin(Map.of("centerSphere",
                List.of(Geo.point(113.32, 23.12), radius)))))).containsExactly("tianhe", "east", "kiosks");
        assertThat(where(Map.of("location", Command.geoWithin(Map.of("centerSphere",
                List.of(List.of(113.32, 23.12), radius)))))).containsExactly("tianhe", "east", "kiosks");
    }

    @Test
    void geo_within_needs_a_polygon_or_a_center_sphere() {
        sdkError(() -> Command.geoWithin(Map.of("geometry", Geo.point(1, 1))),
                "\"geometry\" must be of type Polygon or MultiPolygon. Received type object");
        sdkError(() -> Command.geoWithin(Map.of("centerSphere", List.of("x", 1))),
                "\"centerSphere\" must be of type [Point | [longitude, latitude], radius]. Received [x, 1]");
    }

    @Test
    void lines_and_polygons_are_within_only_when_wholly_inside() {
        db.collection("users").add(Map.of("_id", "inside", "path", Geo.lineString(List.of(Geo.point(0.2, 0.2),
                Geo.point(0.8, 0.8)))));
        db.collection("users").add(Map.of("_id", "leaves", "path", Geo.lineString(List.of(Geo.point(0.2, 0.2),
                Geo.point(1.5, 0.5)))));
        db.collection("users").add(Map.of("_id", "area", "path", box(0.1, 0.1, 0.9, 0.9)));
        // A C shape: both ends inside, the middle outside.
        Geo.Polygon cShape = Geo.polygon(List.of(ring(0, 0, 1, 0, 1, 0.3, 0.3, 0.3, 0.3, 0.7, 1, 0.7, 1, 1, 0, 1,
                0, 0)));
        db.collection("users").add(Map.of("_id", "bridge", "path", Geo.lineString(List.of(Geo.point(0.9, 0.1),
                Geo.point(0.9, 0.9)))));
        assertThat(ids(db.collection("users").where(Map.of("path", Command.geoWithin(Map.of("geometry",
                box(0, 0, 1, 1))))).get())).containsExactly("inside", "area", "bridge");
        assertThat(ids(db.collection("users").where(Map.of("path", Command.geoWithin(Map.of("geometry",
                cShape)))).get())).isEmpty();
    }

    @Test
    void geometry_across_the_antimeridian_and_near_a_pole_works_on_the_sphere() {
        db.collection("users").add(Map.of("_id", "fiji", "at", Geo.point(179.9, -17)));
        db.collection("users").add(Map.of("_id", "samoa", "at", Geo.point(-179.9, -17)));
        db.collection("users").add(Map.of("_id", "pole", "at", Geo.point(45, 89.9)));
        Geo.Polygon dateLine = box(179.5, -18, -179.5, -16);
        assertThat(ids(db.collection("users").where(Map.of("at", Command.geoWithin(Map.of("geometry", dateLine))))
                .get())).containsExactly("fiji", "samoa");
        Geo.Polygon cap = Geo.polygon(List.of(ring(0, 89, 90, 89, 180, 89, -90, 89, 0, 89)));
        assertThat(ids(db.collection("users").where(Map.of("at", Command.geoWithin(Map.of("geometry", cap))))
                .get())).containsExactly("pole");
        assertThat(ids(db.collection("users").where(Map.of("at", Command.geoNear(Map.of("geometry",
                Geo.point(179.95, -17))))).get())).containsExactly("fiji", "samoa", "pole");
    }

    // ---- geoIntersects ----

    @Test
    void geo_intersects_finds_every_geometry_sharing_a_point() {
        db.collection("users").add(Map.of("_id", "crossing", "g", Geo.lineString(List.of(Geo.point(-1, 0.5),
                Geo.point(0.5, 0.5)))));
        db.collection("users").add(Map.of("_id", "apart", "g", Geo.lineString(List.of(Geo.point(2, 2),
                Geo.point(3, 3)))));
        db.collection("users").add(Map.of("_id", "inner", "g", Geo.point(0.5, 0.5)));
        db.collection("users").add(Map.of("_id", "overlap", "g", box(0.8, 0.8, 1.5, 1.5)));
        db.collection("users").add(Map.of("_id", "around", "g", box(-5, -5, 5, 5)));
        db.collection("users").add(Map.of("_id", "touching", "g", Geo.point(1, 0.5)));
        assertThat(ids(db.collection("users").where(Map.of("g", Command.geoIntersects(Map.of("geometry",
                box(0, 0, 1, 1))))).get())).containsExactly("crossing", "inner", "overlap", "around", "touching");
        assertThat(ids(db.collection("users").where(Map.of("g", Command.geoIntersects(Map.of("geometry",
                Geo.lineString(List.of(Geo.point(2.5, 0), Geo.point(2.5, 5))))))).get()))
                .containsExactly("apart", "around");
    }

    @Test
    void geo_intersects_accepts_any_geo_value_but_nothing_else() {
        sdkError(() -> Command.geoIntersects(Map.of("geometry", "here")),
                "\"geometry\" must be of type Point, LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon."
                        + " Received type string");
        assertThat(where(Map.of("location", Command.geoIntersects(Map.of("geometry",
                Geo.multiPoint(List.of(Geo.point(113.33, 23.12), Geo.point(0, 0)))))))).containsExactly("east");
    }

    @Test
    void geo_commands_chain_like_other_commands() {
        Map<String, Object> condition = Map.of("location", Command.geoWithin(Map.of("geometry",
                box(113.3, 23.1, 113.4, 23.2))).and(Command.geoIntersects(Map.of("geometry", box(113.325, 23.1,
                        113.4, 23.2)))));
        assertThat(where(condition)).containsExactly("east", "legacy");
    }

    @Test
    void raw_wire_operators_work_in_json_text_queries_without_any_index() {
        String within = "{\"location\": {\"$geoWithin\": {\"$geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                + " [[[113.3, 23.1], [113.4, 23.1], [113.4, 23.2], [113.3, 23.2], [113.3, 23.1]]]}}}}";
        assertThat(ids(db.collection("shops").where(within).get()))
                .containsExactly("tianhe", "east", "north", "kiosks", "legacy");
        assertThatThrownBy(() -> db.collection("shops").where("{\"location\": {\"$geoWithin\": {\"$box\":"
                + " [[0, 0], [1, 1]]}}}").get()).isInstanceOfSatisfying(CloudException.class, e -> assertThat(
                        e.errMsg()).startsWith("collection.get:fail -502001 database request fail. $geoWithin with"
                                + " legacy flat shapes"));
    }

    // ---- the aggregation geoNear stage ----

    @Test
    void geo_near_stage_adds_distances_in_metres_nearest_first() {
        List<Map<String, Object>> list = db.collection("shops").aggregate()
                .geoNear(Map.of("near", Geo.point(113.32, 23.12), "spherical", true, "distanceField", "distance",
                        "maxDistance", 3000))
                .project(Map.of("distance", 1))
                .end().list();
        assertThat(list).extracting(d -> d.get("_id")).containsExactly("tianhe", "kiosks", "east", "legacy", "north");
        assertThat(((Number) list.get(0).get("distance")).doubleValue()).isZero();
        assertThat(((Number) list.get(2).get("distance")).doubleValue())
                .isCloseTo(haversine(113.32, 23.12, 113.33, 23.12), within(0.01));
        assertThat(((Number) list.get(4).get("distance")).doubleValue())
                .isCloseTo(haversine(113.32, 23.12, 113.32, 23.14), within(0.01));
    }

    @Test
    void geo_near_stage_options_query_min_distance_multiplier_include_locs_and_limit() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("near", Geo.point(113.32, 23.12));
        options.put("spherical", true);
        options.put("distanceField", "dist.km");
        options.put("minDistance", 200);
        options.put("query", Map.of("kind", Command.eq("cafe")));
        options.put("distanceMultiplier", 0.001);
        options.put("includeLocs", "where");
        options.put("limit", 2);
        List<Map<String, Object>> list = db.collection("shops").aggregate().geoNear(options).end().list();
        assertThat(list).extracting(d -> d.get("_id")).containsExactly("east", "legacy");
        Map<?, ?> dist = (Map<?, ?>) list.get(0).get("dist");
        assertThat(((Number) dist.get("km")).doubleValue()).isCloseTo(1.0238, within(0.0001));
        assertThat(list.get(0).get("where")).isEqualTo(Geo.point(113.33, 23.12));
        assertThat(list.get(1).get("where")).isEqualTo(List.of(113.34, 23.12));
    }

    @Test
    void geo_near_stage_picks_the_one_geo_field_or_the_key_option() {
        db.collection("users").add(Map.of("_id", "a", "home", Geo.point(0, 0), "work", Geo.point(10, 10)));
        db.collection("users").add(Map.of("_id", "b", "home", Geo.point(9, 9), "work", Geo.point(1, 1)));
        assertThatThrownBy(() -> db.collection("users").aggregate().geoNear(Map.of("near", Geo.point(0, 0),
                "distanceField", "d")).end()).isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errMsg())
                        .startsWith("collection.aggregate:fail -502001 database request fail. There is more than one"
                                + " 2dsphere index on test-1a2b.users; unsure which to use for $geoNear"));
        assertThat(db.collection("users").aggregate().geoNear(Map.of("near", Geo.point(0, 0), "distanceField", "d",
                "key", "work")).end().list()).extracting(d -> d.get("_id")).containsExactly("b", "a");
        assertThat(db.collection("shops").aggregate().geoNear(Map.of("near", Geo.point(114.06, 22.54),
                "distanceField", "d")).limit(1).end().list()).extracting(d -> d.get("_id")).containsExactly("far");
    }

    @Test
    void geo_near_stage_must_come_first() {
        assertThatThrownBy(() -> db.collection("shops").aggregate().match(Map.of("kind", "cafe"))
                .geoNear(Map.of("near", Geo.point(0, 0), "distanceField", "d")).end())
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errMsg()).isEqualTo(
                        "collection.aggregate:fail -502001 database request fail. $geoNear is only valid as the first"
                                + " stage in a pipeline."));
        assertThatThrownBy(() -> db.collection("shops").aggregate().geoNear(Map.of("near", Geo.point(0, 0))).end())
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errMsg()).isEqualTo(
                        "collection.aggregate:fail -502001 database request fail. Missing 'distanceField' parameter"
                                + " to $geoNear"));
    }
}
