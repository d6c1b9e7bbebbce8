package dev.minicloud.emulator.database.result;

import java.util.List;

/**
 * The result of adding a list of documents (a server-side batch): {@code {_ids: [...], errMsg: "collection.add:ok"}}.
 *
 * @param ids the new documents' {@code _id}s, in the order given
 * @param errMsg {@code "collection.add:ok"}
 */
public record BatchAddResult(List<Object> ids, String errMsg) {}
