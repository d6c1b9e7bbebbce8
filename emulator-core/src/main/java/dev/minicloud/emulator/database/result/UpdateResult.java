package dev.minicloud.emulator.database.result;

/**
 * The result of {@code update()}: {@code {stats: {updated: n}, errMsg: "collection.update:ok"}} for a query,
 * {@code "document.update:ok"} for {@code doc(id)}.
 *
 * @param stats how many documents were really modified (an update that changes nothing counts 0)
 * @param errMsg {@code "collection.update:ok"} or {@code "document.update:ok"}
 */
public record UpdateResult(Stats stats, String errMsg) {
    /** @param updated documents really modified */
    public record Stats(long updated) {}
}
