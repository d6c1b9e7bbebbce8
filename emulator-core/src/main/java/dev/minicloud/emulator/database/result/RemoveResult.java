package dev.minicloud.emulator.database.result;

/**
 * The result of {@code remove()}: {@code {stats: {removed: n}, errMsg: "collection.remove:ok"}} for a query,
 * {@code "document.remove:ok"} for {@code doc(id)}.
 *
 * @param stats how many documents were removed
 * @param errMsg {@code "collection.remove:ok"} or {@code "document.remove:ok"}
 */
public record RemoveResult(Stats stats, String errMsg) {
    /** @param removed documents removed */
    public record Stats(long removed) {}
}
