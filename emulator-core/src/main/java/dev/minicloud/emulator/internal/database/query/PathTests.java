package dev.minicloud.emulator.internal.database.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Conditions that each hold for some value a path reaches, such as the two bounds of a range: when no array on the
 * way fans the path out it reaches one value, and one walk decides every condition on it. A fanned-out path gets a
 * walk per condition, since each may be met by another element.
 */
final class PathTests implements Filter {
    private final FieldPath path;
    private final Predicate<Object>[] tests;

    private PathTests(FieldPath path, Predicate<Object>[] tests) {
        this.path = path;
        this.tests = tests;
    }

    /** One condition on {@code path}. */
    @SuppressWarnings("unchecked")
    static PathTests of(FieldPath path, Predicate<Object> test) {
        return new PathTests(path, (Predicate<Object>[]) new Predicate<?>[] {test});
    }

    /** The parts as one walk if they are all conditions on the same path, else null. */
    static Filter merged(List<Filter> parts) {
        if (!(parts.get(0) instanceof PathTests first)) {
            return null;
        }
        Predicate<Object>[] all = first.tests;
        for (Filter f : parts.subList(1, parts.size())) {
            if (!(f instanceof PathTests p) || !p.path.path().equals(first.path.path())) {
                return null;
            }
            int from = all.length;
            all = Arrays.copyOf(all, from + p.tests.length);
            System.arraycopy(p.tests, 0, all, from, p.tests.length);
        }
        return new PathTests(first.path, all);
    }

    @Override
    public boolean test(Map<String, Object> doc) {
        if (tests.length == 1) {
            return path.anyLeaf(doc, tests[0]);
        }
        Object leaf = path.singleLeaf(doc);
        for (Predicate<Object> test : tests) {
            if (!(leaf == FieldPath.FANS_OUT ? path.anyLeaf(doc, test) : test.test(leaf))) {
                return false;
            }
        }
        return true;
    }
}
