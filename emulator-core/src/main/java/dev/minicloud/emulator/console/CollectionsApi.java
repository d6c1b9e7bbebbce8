package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/collections}: list, query, read, add, replace, update, delete, export and import documents, as an
 * admin through {@code env.database()}, answering with the SDK's result objects.
 */
final class CollectionsApi implements Api {
    /** The largest page the admin API returns, used to export a collection page by page. */
    private static final int EXPORT_PAGE = 1000;

    @Override
    public Object handle(Request r, CloudEnvironment env) throws IOException {
        String collection = r.segment(1);
        if (collection == null) {
            return switch (r.method()) {
                case "GET" -> list(env);
                case "POST" -> WireResults.encode(env.database().createCollection(text(r.json(), "name")));
                default -> throw Api.noRoute(r);
            };
        }
        CollectionReference c = env.database().collection(collection);
        String part = r.segment(2);
        if (part == null) {
            throw Api.noRoute(r);
        }
        return switch (part + " " + r.method()) {
            case "query POST" -> query(c, r.json());
            case "documents POST" -> WireResults.encode(c.add(r.json()));
            case "export GET" -> export(c, r);
            case "import POST" -> importLines(env, collection, r.text());
            default -> {
                if (!part.equals("documents") || r.segment(3) == null || r.segments() > 4) {
                    throw Api.noRoute(r);
                }
                yield document(c, r.segment(3), r);
            }
        };
    }

    private static Map<String, Object> list(CloudEnvironment env) {
        List<Object> collections = new ArrayList<>();
        for (String name : env.database().snapshot().collections()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("count", env.database().collection(name).count().total());
            collections.add(entry);
        }
        return Map.of("collections", collections);
    }

    /** {@code {where: "<JSON text>", orderBy, order, skip, limit}}: one page and the number of matches. */
    private static Map<String, Object> query(CollectionReference c, Map<String, Object> body) {
        Query q = c;
        Object where = body.get("where");
        if (where instanceof String text && !text.isBlank()) {
            q = q.where(text);
        } else if (where instanceof Map<?, ?> || where instanceof List<?>) {
            q = q.where(Json.stringifyExtended(where));
        }
        long total = q.count().total();
        if (body.get("orderBy") instanceof String field && !field.isEmpty()) {
            q = q.orderBy(field, body.get("order") instanceof String o ? o : "asc");
        }
        if (body.get("skip") instanceof Number skip && skip.intValue() > 0) {
            q = q.skip(skip.intValue());
        }
        if (body.get("limit") instanceof Number limit) {
            q = q.limit(limit.intValue());
        }
        Map<String, Object> out = WireResults.encode(q.get());
        out.put("total", total);
        return out;
    }

    private static Object document(CollectionReference c, String id, Request r) throws IOException {
        return WireResults.encode(switch (r.method()) {
            case "GET" -> c.doc(id).get();
            case "PUT" -> c.doc(id).set(withoutId(r.json()));
            case "PATCH" -> c.doc(id).update(withoutId(r.json()));
            case "DELETE" -> c.doc(id).remove();
            default -> throw Api.noRoute(r);
        });
    }

    /** An edited document as the browser sends it back, with its {@code _id} (which set and update refuse). */
    private static Map<String, Object> withoutId(Map<String, Object> document) {
        Map<String, Object> data = new LinkedHashMap<>(document);
        data.remove("_id");
        return data;
    }

    /** The console's export format: one document per line, dates as {"$date": ms}. */
    private static Object export(CollectionReference c, Request r) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int skip = 0; ; skip += EXPORT_PAGE) {
            GetResult page = c.orderBy("_id", "asc").skip(skip).limit(EXPORT_PAGE).get();
            page.data().forEach(d -> lines.append(Json.stringifyExtended(d)).append('\n'));
            if (page.data().size() < EXPORT_PAGE) {
                break;
            }
        }
        r.header("Content-Disposition", "attachment; filename=\"" + c.name() + ".jsonl\"");
        r.respond(200, "application/x-ndjson; charset=utf-8", lines.toString().getBytes(StandardCharsets.UTF_8));
        return ANSWERED;
    }

    /** Loads JSON lines (or a JSON array) as a console import does: a document replaces one with its {@code _id}. */
    private static Map<String, Object> importLines(CloudEnvironment env, String collection, String text) {
        DatabaseSnapshot snapshot;
        try {
            snapshot = DatabaseSnapshot.builder().addJson(collection, text).build();
        } catch (IllegalArgumentException e) {
            throw ConsoleError.badRequest(e.getMessage());
        }
        env.database().seed(snapshot);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("imported", snapshot.documents(collection).size());
        out.put("total", env.database().collection(collection).count().total());
        return out;
    }

    static String text(Map<String, Object> body, String key) {
        if (body.get(key) instanceof String s && !s.isEmpty()) {
            return s;
        }
        throw ConsoleError.badRequest("'" + key + "' is missing: the body must be {\"" + key + "\": \"...\"}");
    }
}
