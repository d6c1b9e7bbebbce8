package dev.minicloud.emulator.internal.database.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A geometry on the unit sphere, decomposed into what the predicates need: isolated points, polylines and polygons
 * (each an outer ring and holes). Any GeoJSON type, and a legacy {@code [lng, lat]} pair, becomes one.
 */
final class Shape {
    final List<Vec> points;
    final List<List<Vec>> lines;
    final List<Polygon> polygons;

    /** A polygon: rings closed (first vertex repeated last), the first one outer. */
    record Polygon(List<List<Vec>> rings, Vec outside) {
        Polygon(List<List<Vec>> rings) {
            this(rings, Spherical.outsideOf(rings.get(0)));
        }

        boolean contains(Vec p) {
            if (!Spherical.insideRing(p, rings.get(0), outside)) {
                return false;
            }
            for (int h = 1; h < rings.size(); h++) {
                List<Vec> hole = rings.get(h);
                if (Spherical.insideRing(p, hole, Spherical.outsideOf(hole)) && !onRing(p, hole)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean onRing(Vec p, List<Vec> ring) {
            for (int i = 0; i + 1 < ring.size(); i++) {
                if (Spherical.distanceToEdge(p, ring.get(i), ring.get(i + 1)) < Spherical.EPSILON) {
                    return true;
                }
            }
            return false;
        }
    }

    Shape(List<Vec> points, List<List<Vec>> lines, List<Polygon> polygons) {
        this.points = points;
        this.lines = lines;
        this.polygons = polygons;
    }

    /** Every vertex: the points, the line vertices and the ring vertices. */
    List<Vec> vertices() {
        List<Vec> all = new ArrayList<>(points);
        lines.forEach(all::addAll);
        for (Polygon p : polygons) {
            p.rings().forEach(all::addAll);
        }
        return all;
    }

    /** Every edge as a pair of vertices: line segments and ring edges. */
    List<Vec[]> edges() {
        List<Vec[]> all = new ArrayList<>();
        for (List<Vec> line : lines) {
            addEdges(line, all);
        }
        for (Polygon p : polygons) {
            for (List<Vec> ring : p.rings()) {
                addEdges(ring, all);
            }
        }
        return all;
    }

    private static void addEdges(List<Vec> chain, List<Vec[]> out) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            out.add(new Vec[] {chain.get(i), chain.get(i + 1)});
        }
    }

    /** Whether p lies on this shape: on a point, on a line, or in a polygon (boundary included). */
    boolean covers(Vec p) {
        for (Vec q : points) {
            if (p.angleTo(q) < Spherical.EPSILON) {
                return true;
            }
        }
        for (List<Vec> line : lines) {
            for (int i = 0; i + 1 < line.size(); i++) {
                if (Spherical.distanceToEdge(p, line.get(i), line.get(i + 1)) < Spherical.EPSILON) {
                    return true;
                }
            }
        }
        for (Polygon polygon : polygons) {
            if (polygon.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The great-circle angle from p to the nearest point of this shape; 0 inside a polygon. */
    double angleFrom(Vec p) {
        double best = Double.POSITIVE_INFINITY;
        for (Vec q : points) {
            best = Math.min(best, p.angleTo(q));
        }
        for (Polygon polygon : polygons) {
            if (polygon.contains(p)) {
                return 0;
            }
        }
        for (Vec[] edge : edges()) {
            best = Math.min(best, Spherical.distanceToEdge(p, edge[0], edge[1]));
        }
        return best;
    }

    /** Whether the two shapes share at least one point. */
    boolean intersects(Shape other) {
        List<Vec[]> mine = edges();
        List<Vec[]> theirs = other.edges();
        for (Vec[] a : mine) {
            for (Vec[] b : theirs) {
                if (Spherical.meets(a[0], a[1], b[0], b[1])) {
                    return true;
                }
            }
        }
        for (Vec v : vertices()) {
            if (other.covers(v)) {
                return true;
            }
        }
        for (Vec v : other.vertices()) {
            if (covers(v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this shape lies entirely inside the polygons of {@code region}. */
    boolean within(Shape region) {
        for (Vec v : vertices()) {
            if (!region.covers(v)) {
                return false;
            }
        }
        // All vertices inside: a line or ring could still leave the region between two vertices.
        List<Vec[]> boundary = region.edges();
        for (Vec[] edge : edges()) {
            for (Vec[] b : boundary) {
                if (Spherical.crosses(edge[0], edge[1], b[0], b[1])) {
                    return false;
                }
            }
        }
        // Nor may a polygon of this shape swallow one of the region's holes.
        for (Polygon hole : region.polygons) {
            for (int h = 1; h < hole.rings().size(); h++) {
                for (Polygon mine : polygons) {
                    if (mine.contains(hole.rings().get(h).get(0))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether every vertex lies within {@code radius} radians of {@code center}. */
    boolean withinCap(Vec center, double radius) {
        for (Vec v : vertices()) {
            if (center.angleTo(v) > radius + Spherical.EPSILON) {
                return false;
            }
        }
        return true;
    }
}
