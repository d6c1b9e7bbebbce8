package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $bucketAuto}: sorts the documents by their {@code groupBy} value and cuts them into at most
 * {@code buckets} buckets as MongoDB does: each takes {@code round(documents / buckets)} documents plus any following
 * ones with the same value, the last takes the rest; {@code _id} is {@code {min, max}}, where max is the next
 * bucket's min (the last bucket's own largest value). With a {@code granularity} the boundaries are numbers of a
 * preferred series: every max is rounded up to the next series number (strictly above) and the bucket also takes
 * the documents below it; the first min is rounded down to the series number strictly below.
 */
final class BucketAutoStage {
    private BucketAutoStage() {}

    private record Item(Object key, Map<String, Object> doc) {}

    static Stage compile(Object spec, StageContext context) {
        Map<String, Object> o = Args.options("$bucketAuto", spec, Set.of("groupBy", "buckets"),
                Set.of("output", "granularity"));
        Expression groupBy = BucketStage.groupBy("$bucketAuto", o.get("groupBy"), context);
        Object b = o.get("buckets");
        if (!(b instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() <= 0
                || n.longValue() > Integer.MAX_VALUE) {
            throw Values.fail("The $bucketAuto 'buckets' field must be greater than 0, but found: " + Values.show(b));
        }
        int buckets = n.intValue();
        Granularity granularity = o.containsKey("granularity") ? Granularity.of(o.get("granularity")) : null;
        List<Accumulators.GroupField> fields = BucketStage.output("$bucketAuto", o.get("output"), context);
        return input -> {
            List<Item> items = new ArrayList<>(input.size());
            for (Map<String, Object> doc : input) {
                Object key = Values.orNull(groupBy.evaluate(context.scope(doc)));
                if (granularity != null) {
                    granularity.check(key);
                }
                items.add(new Item(key, doc));
            }
            items.sort(Comparator.comparing(Item::key, ValueOrder::compare));
            return cut(items, buckets, granularity, fields, context);
        };
    }

    private static List<Map<String, Object>> cut(List<Item> items, int buckets, Granularity granularity,
            List<Accumulators.GroupField> fields, StageContext context) {
        List<Map<String, Object>> out = new ArrayList<>();
        long size = Math.max(1, Math.round((double) items.size() / buckets));
        int i = 0;
        Object previousMax = null;
        List<Object[]> ranges = new ArrayList<>();
        List<List<Map<String, Object>>> members = new ArrayList<>();
        while (i < items.size()) {
            int end = ranges.size() == buckets - 1 ? items.size() : (int) Math.min(items.size(), i + size);
            while (end < items.size() && ValueOrder.equal(items.get(end).key(), items.get(end - 1).key())) {
                end++;
            }
            Object min = previousMax != null ? previousMax : items.get(i).key();
            Object max;
            if (granularity != null) {
                if (previousMax == null) {
                    min = granularity.roundDown(((Number) min).doubleValue());
                }
                max = granularity.roundUp(((Number) items.get(end - 1).key()).doubleValue());
                while (end < items.size() && ValueOrder.compare(items.get(end).key(), max) < 0) {
                    end++;
                }
            } else {
                max = end < items.size() ? items.get(end).key() : items.get(end - 1).key();
            }
            List<Map<String, Object>> docs = new ArrayList<>(end - i);
            for (int k = i; k < end; k++) {
                docs.add(items.get(k).doc());
            }
            ranges.add(new Object[] {min, max});
            members.add(docs);
            previousMax = max;
            i = end;
        }
        for (int k = 0; k < ranges.size(); k++) {
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("min", ranges.get(k)[0]);
            id.put("max", ranges.get(k)[1]);
            out.addAll(GroupStage.group(members.get(k), doc -> id, fields, context));
        }
        return out;
    }

    /** A preferred-number series (Renard, E series, 1-2-5) or powers of two. */
    private record Granularity(List<Double> series) {
        private static final Map<String, List<Double>> SERIES = Map.of(
                "R5", List.of(1.0, 1.6, 2.5, 4.0, 6.3),
                "R10", List.of(1.0, 1.25, 1.6, 2.0, 2.5, 3.15, 4.0, 5.0, 6.3, 8.0),
                "R20", List.of(1.0, 1.12, 1.25, 1.4, 1.6, 1.8, 2.0, 2.24, 2.5, 2.8, 3.15, 3.55, 4.0, 4.5, 5.0,
                    5.6, 6.3, 7.1, 8.0, 9.0),
                "R40", List.of(1.0, 1.06, 1.12, 1.18, 1.25, 1.32, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.12, 2.24,
                    2.36, 2.5, 2.65, 2.8, 3.0, 3.15, 3.35, 3.55, 3.75, 4.0, 4.25, 4.5, 4.75, 5.0, 5.3, 5.6, 6.0, 6.3,
                    6.7, 7.1, 7.5, 8.0, 8.5, 9.0, 9.5),
                "1-2-5", List.of(1.0, 2.0, 5.0),
                "E6", List.of(1.0, 1.5, 2.2, 3.3, 4.7, 6.8),
                "E12", List.of(1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2),
                "E24", List.of(1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.7, 3.0, 3.3, 3.6, 3.9, 4.3,
                    4.7, 5.1, 5.6, 6.2, 6.8, 7.5, 8.2, 9.1),
                "E48", List.of(1.0, 1.05, 1.1, 1.15, 1.21, 1.27, 1.33, 1.4, 1.47, 1.54, 1.62, 1.69, 1.78, 1.87,
                    1.96, 2.05, 2.15, 2.26, 2.37, 2.49, 2.61, 2.74, 2.87, 3.01, 3.16, 3.32, 3.48, 3.65, 3.83, 4.02,
                    4.22, 4.42, 4.64, 4.87, 5.11, 5.36, 5.62, 5.9, 6.19, 6.49, 6.81, 7.15, 7.5, 7.87, 8.25, 8.66,
                    9.09, 9.53));

        static Granularity of(Object name) {
            if ("POWERSOF2".equals(name)) {
                return new Granularity(null);
            }
            List<Double> series = name instanceof String s ? SERIES.get(s) : null;
            if (series == null) {
                throw Values.fail("Unknown or unsupported rounding granularity for $bucketAuto: " + Values.show(name)
                        + " (MiniCloud supports POWERSOF2, 1-2-5, R5, R10, R20, R40, E6, E12, E24 and E48)");
            }
            return new Granularity(series);
        }

        void check(Object key) {
            if (!(key instanceof Number n)) {
                throw Values.fail("$bucketAuto can specify a 'granularity' with numeric boundaries only, but found a"
                        + " value with type: " + Values.type(key));
            }
            if (n.doubleValue() < 0) {
                throw Values.fail("A granularity cannot round a negative value for $bucketAuto: " + n);
            }
        }

        /** The smallest number of the series greater than x (1 for 0). */
        Number roundUp(double x) {
            if (x == 0) {
                return 1;
            }
            if (series == null) {
                return Numbers.ofDouble(Math.pow(2, Math.floor(Math.log(x) / Math.log(2)) + 1));
            }
            double scale = Math.pow(10, Math.floor(Math.log10(x)));
            for (int decade = 0; decade < 2; decade++, scale *= 10) {
                for (double s : series) {
                    double candidate = round(s * scale);
                    if (candidate > x) {
                        return Numbers.ofDouble(candidate);
                    }
                }
            }
            return Numbers.ofDouble(round(series.get(0) * scale));
        }

        /** The largest number of the series below x (0 for 0). */
        Number roundDown(double x) {
            if (x == 0) {
                return 0;
            }
            if (series == null) {
                return Numbers.ofDouble(Math.pow(2, Math.ceil(Math.log(x) / Math.log(2)) - 1));
            }
            double scale = Math.pow(10, Math.floor(Math.log10(x)));
            double best = round(series.get(series.size() - 1) * scale / 10);
            for (double s : series) {
                double candidate = round(s * scale);
                if (candidate < x) {
                    best = candidate;
                }
            }
            return Numbers.ofDouble(best);
        }

        /** Removes binary noise from series × power of ten (1.6 × 100 is 160, not 160.00000000000003). */
        private static double round(double v) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
        }
    }
}
