package dev.minicloud.emulator.internal.database.geo;

/**
 * A point of the unit sphere as a 3-D vector. Great-circle geometry is exact vector algebra here: no projection, so
 * nothing degrades near the poles or the antimeridian.
 */
record Vec(double x, double y, double z) {
    /** The point at {@code longitude}, {@code latitude} (degrees). */
    static Vec of(double longitude, double latitude) {
        double lng = Math.toRadians(longitude);
        double lat = Math.toRadians(latitude);
        double c = Math.cos(lat);
        return new Vec(c * Math.cos(lng), c * Math.sin(lng), Math.sin(lat));
    }

    double dot(Vec o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec cross(Vec o) {
        return new Vec(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double norm() {
        return Math.sqrt(dot(this));
    }

    Vec unit() {
        double n = norm();
        return new Vec(x / n, y / n, z / n);
    }

    /** The great-circle angle to {@code o} in radians; atan2 keeps it accurate for tiny and near-antipodal angles. */
    double angleTo(Vec o) {
        return Math.atan2(cross(o).norm(), dot(o));
    }

    /** Any unit vector perpendicular to this one. */
    Vec perpendicular() {
        Vec axis = Math.abs(x) < 0.6 ? new Vec(1, 0, 0) : new Vec(0, 1, 0);
        return cross(axis).unit();
    }
}
