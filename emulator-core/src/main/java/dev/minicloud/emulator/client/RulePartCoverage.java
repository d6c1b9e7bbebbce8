package dev.minicloud.emulator.client;

/**
 * How often one part of a collection's security rules was judged true and false by client requests, so a test suite
 * can see which parts it never exercised. A part is what {@code &&}, {@code ||} and {@code !} join: a comparison, an
 * {@code in}, any other expression, or a constant rule ({@code true}, {@code false}). Its value is its own, before any
 * {@code !} around it. Reads, updates and removes judge the query by subset semantics, so there "true" means the
 * query guaranteed the part for every document it could match.
 *
 * @param collection the collection whose rules these are
 * @param rule the rule key the part belongs to: {@code read}, {@code write}, {@code create}, {@code update} or
 *     {@code delete}
 * @param part the part's text, as written in the rule
 * @param timesTrue how often it was judged true
 * @param timesFalse how often it was judged false
 */
public record RulePartCoverage(String collection, String rule, String part, long timesTrue, long timesFalse) {

    /** Whether any request judged this part at all. */
    public boolean evaluated() {
        return timesTrue + timesFalse > 0;
    }
}
