package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.database.result.AggregateResult;
import dev.minicloud.emulator.database.result.BatchAddResult;
import dev.minicloud.emulator.database.result.CountResult;
import dev.minicloud.emulator.database.result.CreateCollectionResult;
import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.files.FileCopies;
import dev.minicloud.emulator.internal.sdk.UpdateAndReturnResult;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result records as the admin protocol's {@code data} objects, which differ from the SDK's result objects: the SDK
 * builds those itself from these. Documents travel as Extended JSON strings ({@code {"$date": ms}},
 * {@code $regularExpression}, GeoJSON), one per list item. The one place these shapes are written.
 */
final class AdminResults {
    private AdminResults() {}

    /** The {@code data} of a database result record. */
    static Map<String, Object> data(Object result) {
        if (result instanceof GetResult r) {
            return of("list", documents(r.data()));
        } else if (result instanceof DocumentResult r) {
            return of("list", r.data() == null ? List.of() : documents(List.of(r.data())));
        } else if (result instanceof CountResult r) {
            return of("total", r.total());
        } else if (result instanceof UpdateResult r) {
            return of("updated", r.stats().updated());
        } else if (result instanceof UpdateAndReturnResult r) {
            Map<String, Object> out = of("updated", r.updated());
            out.put("doc", r.doc() == null ? null : documents(List.of(r.doc())).get(0));
            return out;
        } else if (result instanceof SetResult r) {
            Map<String, Object> out = of("updated", r.stats().updated());
            // The SDK reports created: 1 when the answer names the id it inserted.
            out.put("upsert_id", r.stats().created() > 0 ? r.id() : null);
            return out;
        } else if (result instanceof RemoveResult r) {
            return of("deleted", r.stats().removed());
        } else if (result instanceof AddResult r) {
            return of("insertedIds", List.of(r.id()));
        } else if (result instanceof BatchAddResult r) {
            return of("insertedIds", r.ids());
        } else if (result instanceof AggregateResult r) {
            return of("list", documents(r.list()));
        } else if (result instanceof CreateCollectionResult) {
            return new LinkedHashMap<>();
        }
        throw new IllegalArgumentException("no admin shape for " + result);
    }

    /** {@code download_list}: each file's {@code code} is its status as a code name, {@code SUCCESS} for 0. */
    static Map<String, Object> downloadList(GetTempFileURLResult r) {
        List<Object> items = new ArrayList<>();
        for (GetTempFileURLResult.Item i : r.fileList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("fileID", i.fileID());
            item.put("tempFileURL", i.tempFileURL());
            item.put("code", TcbCodes.of(i.status()));
            item.put("maxAge", i.maxAge());
            items.add(item);
        }
        return of("download_list", items);
    }

    /** {@code delete_list}, coded as {@link #downloadList}. */
    static Map<String, Object> deleteList(DeleteFileResult r) {
        List<Object> items = new ArrayList<>();
        for (DeleteFileResult.Item i : r.fileList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("fileID", i.fileID());
            item.put("code", TcbCodes.of(i.status()));
            items.add(item);
        }
        return of("delete_list", items);
    }

    /**
     * {@code copy_list}, which @cloudbase/node-sdk hands back as {@code fileList}: {@code fileId} for every item, and
     * {@code code} (a code name, as {@link #downloadList}'s) and {@code message} only on an item that failed.
     */
    static Map<String, Object> copyList(FileCopies.Result r) {
        List<Object> items = new ArrayList<>();
        for (FileCopies.Item i : r.fileList()) {
            Map<String, Object> item = of("fileId", i.fileId());
            if (i.status() != 0) {
                item.put("code", TcbCodes.of(i.status()));
                item.put("message", i.message());
            }
            items.add(item);
        }
        return of("copy_list", items);
    }

    private static List<String> documents(List<?> docs) {
        List<String> out = new ArrayList<>(docs.size());
        for (Object doc : docs) {
            out.add(JsonCodec.write(doc, DateStyle.EXTENDED));
        }
        return out;
    }

    static Map<String, Object> of(String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, value);
        return out;
    }
}
