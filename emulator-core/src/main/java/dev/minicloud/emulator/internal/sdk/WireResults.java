package dev.minicloud.emulator.internal.sdk;

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
import dev.minicloud.emulator.database.result.WatchChange;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result records as the SDK's result objects, in the SDK's key order (a function may return a result as it is, and
 * key order shows in its JSON). The one place a result's wire shape is written, for every wire front door.
 */
public final class WireResults {
    private WireResults() {}

    /** The wire object of a result record. */
    public static Map<String, Object> encode(Object result) {
        if (result instanceof GetResult r) {
            return of("data", GeoTags.tag(r.data()), r.errMsg());
        } else if (result instanceof DocumentResult r) {
            return of("data", GeoTags.tag(r.data()), r.errMsg());
        } else if (result instanceof CountResult r) {
            return of("total", r.total(), r.errMsg());
        } else if (result instanceof UpdateResult r) {
            return of("stats", Map.of("updated", r.stats().updated()), r.errMsg());
        } else if (result instanceof UpdateAndReturnResult r) {
            Map<String, Object> out = of("updated", r.updated(), null);
            out.put("doc", GeoTags.tag(r.doc()));
            out.put("errMsg", r.errMsg());
            return out;
        } else if (result instanceof RemoveResult r) {
            return of("stats", Map.of("removed", r.stats().removed()), r.errMsg());
        } else if (result instanceof SetResult r) {
            Map<String, Object> out = of("_id", r.id(), r.errMsg());
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("updated", r.stats().updated());
            stats.put("created", r.stats().created());
            out.put("stats", stats);
            return out;
        } else if (result instanceof AddResult r) {
            return of("_id", r.id(), r.errMsg());
        } else if (result instanceof BatchAddResult r) {
            return of("_ids", r.ids(), r.errMsg());
        } else if (result instanceof AggregateResult r) {
            return of("list", GeoTags.tag(r.list()), r.errMsg());
        } else if (result instanceof CreateCollectionResult r) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("errMsg", r.errMsg());
            out.put("requestId", r.requestId());
            return out;
        }
        return encodeOther(result);
    }

    private static Map<String, Object> encodeOther(Object result) {
        if (result instanceof WatchSnapshot r) {
            return watchSnapshot(r);
        } else if (result instanceof FunctionResult r) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("result", r.result());
            out.put("errMsg", "callFunction:ok");
            out.put("requestID", r.requestId());
            return out;
        } else if (result instanceof UploadResult r) {
            Map<String, Object> out = of("fileID", r.fileID(), null);
            out.put("statusCode", r.statusCode());
            out.put("errMsg", r.errMsg());
            return out;
        } else if (result instanceof DownloadResult r) {
            Map<String, Object> out = of("fileContent", Base64.getEncoder().encodeToString(r.fileContent()), null);
            out.put("statusCode", r.statusCode());
            out.put("errMsg", r.errMsg());
            return out;
        } else if (result instanceof DeleteFileResult r) {
            List<Object> items = new ArrayList<>();
            for (DeleteFileResult.Item i : r.fileList()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("fileID", i.fileID());
                item.put("status", i.status());
                item.put("errMsg", i.errMsg());
                items.add(item);
            }
            return of("fileList", items, r.errMsg());
        } else if (result instanceof GetTempFileURLResult r) {
            List<Object> items = new ArrayList<>();
            for (GetTempFileURLResult.Item i : r.fileList()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("fileID", i.fileID());
                item.put("tempFileURL", i.tempFileURL());
                item.put("maxAge", i.maxAge());
                item.put("status", i.status());
                item.put("errMsg", i.errMsg());
                items.add(item);
            }
            return of("fileList", items, r.errMsg());
        }
        throw new IllegalArgumentException("no wire shape for " + result);
    }

    /** What {@code onChange} receives: {@code type} only on the first snapshot, the update fields only on updates. */
    private static Map<String, Object> watchSnapshot(WatchSnapshot s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        if (s.type() != null) {
            out.put("type", s.type());
        }
        out.put("docs", GeoTags.tag(s.docs()));
        List<Object> changes = new ArrayList<>();
        for (WatchChange c : s.docChanges()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("id", c.id());
            change.put("dataType", c.dataType());
            change.put("queueType", c.queueType());
            change.put("docId", c.docId());
            change.put("doc", GeoTags.tag(c.doc()));
            if (c.updatedFields() != null) {
                change.put("updatedFields", GeoTags.tag(c.updatedFields()));
                change.put("removedFields", c.removedFields());
            }
            changes.add(change);
        }
        out.put("docChanges", changes);
        return out;
    }

    private static Map<String, Object> of(String field, Object value, String errMsg) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(field, value);
        if (errMsg != null) {
            r.put("errMsg", errMsg);
        }
        return r;
    }
}
