package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.client.RulePartCoverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule coverage of one test class: the counts of all its environments added up, each rule part once, in the order
 * first seen (the order the rules are written). Tests of a class may run in parallel, so it is synchronized.
 */
final class RuleCoverageTally {
    /** The report entry key the class's coverage is published under when the class ends. */
    static final String REPORT_ENTRY = "minicloud-rule-coverage";

    /** Parts longer than this are not padded into a column, so one long expression does not widen every line. */
    private static final int PADDED = 60;

    private record Part(String collection, String rule, String part) {}

    private final Map<Part, long[]> counts = new LinkedHashMap<>();

    /** Adds counts; a part seen for the first time is listed even when both its counts are 0. */
    synchronized void add(List<RulePartCoverage> lines) {
        for (RulePartCoverage l : lines) {
            long[] n = counts.computeIfAbsent(new Part(l.collection(), l.rule(), l.part()), k -> new long[2]);
            n[0] += l.timesTrue();
            n[1] += l.timesFalse();
        }
    }

    synchronized List<RulePartCoverage> lines() {
        List<RulePartCoverage> out = new ArrayList<>();
        counts.forEach((p, n) -> out.add(new RulePartCoverage(p.collection(), p.rule(), p.part(), n[0], n[1])));
        return out;
    }

    /**
     * The coverage as a person reads it: per collection, each rule part with its counts, and a mark on the parts
     * some outcome never reached (never judged, never true, never false; a constant only when never judged), which are
     * the untested parts of the rules.
     * Empty when the class has no custom rules.
     */
    static String format(String title, List<RulePartCoverage> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        int width = 0;
        for (RulePartCoverage l : lines) {
            width = Math.min(PADDED, Math.max(width, l.rule().length() + 2 + l.part().length()));
        }
        StringBuilder out = new StringBuilder();
        line(out, "-- " + title + ": how often each rule part was judged true and false");
        String collection = null;
        int untested = 0;
        for (RulePartCoverage l : lines) {
            if (!l.collection().equals(collection)) {
                collection = l.collection();
                line(out, "  " + collection);
            }
            String mark = mark(l);
            untested += mark.isEmpty() ? 0 : 1;
            String part = l.rule() + ": " + l.part();
            String padding = " ".repeat(Math.max(0, width - part.length()));
            line(out, ("    " + part + padding + "  true " + l.timesTrue() + ", false " + l.timesFalse()
                    + (mark.isEmpty() ? "" : "  <- " + mark)).stripTrailing());
        }
        line(out, "  " + untested + " of " + lines.size() + " rule parts not judged both ways");
        return out.toString();
    }

    private static String mark(RulePartCoverage l) {
        if (!l.evaluated()) {
            return "never judged";
        }
        if (l.part().equals("true") || l.part().equals("false")) {
            return "";
        }
        if (l.timesTrue() == 0) {
            return "never true";
        }
        return l.timesFalse() == 0 ? "never false" : "";
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append(System.lineSeparator());
    }
}
