package dev.minicloud.emulator.internal.js;

/** The seam between the functions runtime and geo values: until the database has Geo types, GeoJSON stays a map. */
final class GeoValues {
    private GeoValues() {}

    static Object fromJson(Object geoJson) {
        return geoJson;
    }

    static Object command(String operator, Object options) {
        throw new IllegalArgumentException("_." + operator + " needs geo support in the database");
    }
}
