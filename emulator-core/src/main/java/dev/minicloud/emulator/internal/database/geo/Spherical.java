package dev.minicloud.emulator.internal.database.geo;

import java.util.List;

/**
 * Great-circle predicates on the unit sphere: edge crossing, distance from a point to an edge, and point-in-ring by
 * counting how often the arc from the point to a reference point outside the ring crosses its edges.
 *
 * <p>Edges are the shorter great-circle arcs between their ends, as in MongoDB's {@code 2dsphere} (S2) geometry.
 * Points closer than {@link #EPSILON} radians (about 0.6 mm on the earth) to an edge or a vertex count as touching it.
 */
final class Spherical {
    /** Angles below this count as zero. */
    static final double EPSILON = 1e-10;

    private Spherical() {}

    /** The sign of the triple product {@code (a × b) · c}: which side of the great circle through a, b c lies on. */
    private static int side(Vec a, Vec b, Vec c) {
        return a.cross(b).dot(c) > 0 ? 1 : -1;
    }

    /**
     * Whether arcs ab and cd cross at a point inside both (S2's four-orientation test, which also excludes the
     * antipodal intersection of the two great circles). Zero orientations count as negative, so an arc through a
     * shared vertex is counted once, not twice.
     */
    static boolean crosses(Vec a, Vec b, Vec c, Vec d) {
        int acb = -side(a, b, c);
        int bda = side(a, b, d);
        if (acb != bda) {
            return false;
        }
        int cbd = -side(c, d, b);
        if (cbd != acb) {
            return false;
        }
        return side(c, d, a) == acb;
    }

    /** Whether arcs ab and cd cross or touch. */
    static boolean meets(Vec a, Vec b, Vec c, Vec d) {
        return crosses(a, b, c, d) || distanceToEdge(c, a, b) < EPSILON || distanceToEdge(d, a, b) < EPSILON
                || distanceToEdge(a, c, d) < EPSILON || distanceToEdge(b, c, d) < EPSILON;
    }

    /** The angle from p to the nearest point of arc ab. */
    static double distanceToEdge(Vec p, Vec a, Vec b) {
        Vec normal = a.cross(b);
        double length = normal.norm();
        if (length < 1e-15) {
            return p.angleTo(a);
        }
        Vec n = normal.times(1 / length);
        // The foot of p on the great circle lies inside the arc iff it is on the inner side of both end planes.
        Vec foot = p.plus(n.times(-p.dot(n)));
        if (foot.norm() > 1e-15 && a.cross(foot).dot(n) >= 0 && foot.cross(b).dot(n) >= 0) {
            return Math.abs(Math.asin(Math.max(-1, Math.min(1, p.dot(n)))));
        }
        return Math.min(p.angleTo(a), p.angleTo(b));
    }

    /**
     * Whether p lies inside the closed ring (first vertex repeated last), the ring bounding the smaller of the two
     * regions it separates: MongoDB requires single-ring polygons to fit in a hemisphere.
     */
    static boolean insideRing(Vec p, List<Vec> ring, Vec outside) {
        for (int i = 0; i + 1 < ring.size(); i++) {
            if (distanceToEdge(p, ring.get(i), ring.get(i + 1)) < EPSILON) {
                return true;
            }
        }
        Vec reference = outside;
        if (p.angleTo(reference) > Math.PI - 1e-6) {
            // p is the ring's centre: tilt the reference so the arc between them is well defined.
            reference = reference.plus(reference.perpendicular().times(1e-3)).unit();
        }
        boolean inside = false;
        for (int i = 0; i + 1 < ring.size(); i++) {
            if (crosses(p, reference, ring.get(i), ring.get(i + 1))) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** A point certainly outside a ring smaller than a hemisphere: the antipode of its vertices' centroid. */
    static Vec outsideOf(List<Vec> ring) {
        Vec sum = new Vec(0, 0, 0);
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum = sum.plus(ring.get(i));
        }
        if (sum.norm() < 1e-12) {
            return ring.get(0).perpendicular();
        }
        return sum.unit().times(-1);
    }
}
