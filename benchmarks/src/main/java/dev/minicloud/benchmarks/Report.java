package dev.minicloud.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown table of {@code benchmarks/README.md}: the median of each
 * benchmark (and each value of its other parameters) per store, and the peer's median divided by MiniCloud's.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.minicloud.benchmarks.Report <result.json>
 * [baseline-store] [peer-store]}
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Report <jmh-result.json> [store] [peer]");
            System.exit(2);
        }
        String store = args.length > 1 ? args[1] : "minicloud";
        String peer = args.length > 2 ? args[2] : "mongo-java-server";
        JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
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
            JsonNode primary = r.get("primaryMetric");
            JsonNode percentiles = primary.get("scorePercentiles");
            double median = percentiles != null && percentiles.has("50.0")
                    ? percentiles.get("50.0").asDouble() : primary.get("score").asDouble();
            medians.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(who, median);
            units.put(name, primary.get("scoreUnit").asText());
        }
        StringBuilder out = new StringBuilder();
        java.util.Set<String> stores = new java.util.LinkedHashSet<>();
        medians.values().forEach(m -> stores.addAll(m.keySet()));
        boolean compared = stores.contains(peer);
        out.append("| Operation |");
        for (String s : stores) {
            out.append(' ').append(s.isEmpty() ? "median" : s + " (median)").append(" |");
        }
        if (compared) {
            out.append(' ').append(peer).append(" ÷ ").append(store).append(" |");
        }
        out.append("\n|---|").append("---:|".repeat(stores.size() + (compared ? 1 : 0))).append('\n');
        for (Map.Entry<String, Map<String, Double>> e : medians.entrySet()) {
            out.append("| ").append(e.getKey()).append(" |");
            for (String s : stores) {
                Double v = e.getValue().get(s);
                out.append(' ').append(v == null ? "—" : format(v) + " " + units.get(e.getKey())).append(" |");
            }
            if (compared) {
                Double mine = e.getValue().get(store);
                Double theirs = e.getValue().get(peer);
                out.append(' ').append(mine == null || theirs == null ? "—"
                        : String.format(Locale.ROOT, "%.1f×", theirs / mine)).append(" |");
            }
            out.append('\n');
        }
        System.out.print(out);
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
