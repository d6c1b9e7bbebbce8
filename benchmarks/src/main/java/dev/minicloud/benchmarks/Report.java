package dev.minicloud.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JMH JSON result file into the Markdown table of {@code benchmarks/README.md}: per benchmark (and each value
 * of its other parameters) and per store, the median with its spread (the 10th and 90th percentiles of the sampled
 * operations: "median (p10–p90)"), then the ratios: {@code mongo-java-server ÷} each MiniCloud variant, and each
 * MiniCloud variant {@code ÷ floor} (the plain-Java floor), for the stores the run has.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.minicloud.benchmarks.Report <result.json>
 * [benchmark-regex]}; the regex keeps the rows whose fully qualified benchmark name it finds, e.g.
 * {@code ScalingBenchmark} for one class's table.
 */
public final class Report {
    private static final String PEER = "mongo-java-server";
    private static final String FLOOR = "floor";

    /** One measured row: the median and the 10th and 90th percentiles. */
    private record Cell(double median, double p10, double p90, String unit) {}

    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Report <jmh-result.json> [benchmark-regex]");
            System.exit(2);
        }
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(args.length > 1 ? args[1] : "");
        JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            if (!only.matcher(name).find()) {
                continue;
            }
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode params = r.get("params");
            String who = params != null && params.has("store") ? params.get("store").asText() : "";
            if (params != null) {
                // Parameters other than the store tell rows apart, e.g. "freshEnvironmentPerTest (1000-docs)".
                StringBuilder variant = new StringBuilder();
                params.properties().forEach(p -> {
                    if (!p.getKey().equals("store")) {
                        variant.append(variant.length() == 0 ? "" : ", ").append(p.getValue().asText());
                    }
                });
                if (variant.length() > 0) {
                    name += " (" + variant + ")";
                }
            }
            rows.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(who, cell(r.get("primaryMetric")));
        }
        System.out.print(table(rows));
    }

    /** The percentiles of the sampled operations, from JMH's histogram of all iterations (SampleTime mode). */
    private static Cell cell(JsonNode primary) {
        String unit = primary.get("scoreUnit").asText();
        List<double[]> samples = new ArrayList<>();
        long total = 0;
        JsonNode forks = primary.get("rawDataHistogram");
        if (forks != null) {
            for (JsonNode fork : forks) {
                for (JsonNode iteration : fork) {
                    for (JsonNode pair : iteration) {
                        samples.add(new double[] {pair.get(0).asDouble(), pair.get(1).asDouble()});
                        total += pair.get(1).asLong();
                    }
                }
            }
        }
        if (total == 0) {
            double score = primary.get("score").asDouble();
            return new Cell(score, Double.NaN, Double.NaN, unit);
        }
        samples.sort((a, b) -> Double.compare(a[0], b[0]));
        return new Cell(percentile(samples, total, 0.5), percentile(samples, total, 0.1),
                percentile(samples, total, 0.9), unit);
    }

    private static double percentile(List<double[]> sorted, long total, double q) {
        double wanted = q * total;
        double seen = 0;
        for (double[] s : sorted) {
            seen += s[1];
            if (seen >= wanted) {
                return s[0];
            }
        }
        return sorted.get(sorted.size() - 1)[0];
    }

    private static String table(Map<String, Map<String, Cell>> rows) {
        Set<String> stores = new LinkedHashSet<>();
        rows.values().forEach(m -> stores.addAll(m.keySet()));
        List<String[]> ratios = new ArrayList<>();
        for (String s : stores) {
            if (s.startsWith("minicloud") && stores.contains(PEER)) {
                ratios.add(new String[] {PEER, s});
            }
        }
        for (String s : stores) {
            if (s.startsWith("minicloud") && stores.contains(FLOOR)) {
                ratios.add(new String[] {s, FLOOR});
            }
        }
        StringBuilder out = new StringBuilder("| Operation |");
        for (String s : stores) {
            out.append(' ').append(s.isEmpty() ? "median (p10–p90)" : s + " median (p10–p90)").append(" |");
        }
        for (String[] r : ratios) {
            out.append(' ').append(r[0]).append(" ÷ ").append(r[1]).append(" |");
        }
        out.append("\n|---|").append("---:|".repeat(stores.size() + ratios.size())).append('\n');
        for (Map.Entry<String, Map<String, Cell>> e : rows.entrySet()) {
            out.append("| ").append(e.getKey()).append(" |");
            for (String s : stores) {
                Cell c = e.getValue().get(s);
                out.append(' ').append(c == null ? "—" : format(c.median()) + " " + c.unit()
                        + (Double.isNaN(c.p10()) ? "" : " (" + format(c.p10()) + "–" + format(c.p90()) + ")"))
                        .append(" |");
            }
            for (String[] r : ratios) {
                Cell top = e.getValue().get(r[0]);
                Cell bottom = e.getValue().get(r[1]);
                out.append(' ').append(top == null || bottom == null ? "—"
                        : String.format(Locale.ROOT, "%.1f×", top.median() / bottom.median())).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String format(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
