package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.http.HttpStubs;
import dev.minicloud.emulator.http.RecordedRequest;
import dev.minicloud.emulator.json.Json;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.util.List;
import java.util.Map;

/**
 * What a person needs when a test fails: the environment's function calls with their logs and errors, the HTTP stubs
 * and the requests functions sent (with the near misses of each one no stub matched), every collection's documents
 * and every file, and each mini-program's open pages (their data and setData calls), wx.* calls and console lines,
 * truncated so a large fixture does not drown the failure.
 */
final class FailureReport {
    static final int DOCUMENTS_PER_COLLECTION = 20;
    static final int DOCUMENT_CHARS = 300;
    static final int FILES = 50;
    static final int HTTP_REQUESTS = 50;
    static final int SET_DATA_CALLS = 20;
    static final int WX_CALLS = 50;

    private final StringBuilder out = new StringBuilder();

    private FailureReport() {}

    /** @param ruleCoverage the test class's rule coverage so far, formatted; empty when it has no custom rules */
    static String of(CloudEnvironment env, String testName, String ruleCoverage) {
        FailureReport r = new FailureReport();
        r.line("==== MiniCloud environment " + env.envId() + " after failed test " + testName + " (clock "
                + env.clock().instant() + ") ====");
        r.functions(env.functions().calls());
        r.http(env.http());
        r.database(env.database().snapshot());
        r.storage(env.storage().snapshot());
        r.miniPrograms(env.miniPrograms());
        r.out.append(ruleCoverage);
        r.line("==== end of MiniCloud environment " + env.envId() + " ====");
        return r.out.toString();
    }

    private void functions(List<FunctionCall> calls) {
        line("-- function calls: " + calls.size());
        for (FunctionCall call : calls) {
            FunctionResult r = call.result();
            String who = call.caller() == null ? "server" : "openid " + call.caller().openId();
            line("  " + (call.nested() ? "(nested) " : "") + call.name() + " by " + who + " at " + call.startedAt()
                    + " -> " + r.errMsg() + " in " + r.duration().toMillis() + " ms");
            line("    event: " + truncate(json(call.event())));
            if (r.succeeded()) {
                line("    result: " + truncate(json(r.result())));
            }
            for (LogEntry log : r.logs()) {
                String[] lines = log.toString().split("\\R");
                line("    " + lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    line("      " + lines[i].strip());
                }
            }
            if (r.errorStack() != null) {
                r.errorStack().lines().forEach(l -> line("    | " + l));
            }
        }
    }

    private void http(HttpStubs http) {
        List<String> stubs = http.describeStubs();
        line("-- HTTP stubs: " + stubs.size());
        stubs.forEach(s -> line("  " + s));
        List<RecordedRequest> requests = http.requests();
        line("-- HTTP requests: " + requests.size());
        for (RecordedRequest r : requests.subList(Math.max(0, requests.size() - HTTP_REQUESTS), requests.size())) {
            line("  " + r.function() + " at " + r.at() + ": " + r.method() + " " + truncate(r.url()) + " -> "
                    + r.answeredBy());
            if (r.body().length > 0) {
                line("    body: " + truncate(r.bodyText()));
            }
            if (r.answeredBy().equals("unmatched")) {
                List<String> why = http.nearMissesOf(r).lines().skip(1).toList();
                if (why.isEmpty()) {
                    line("    no stub matched: no stubs are set");
                }
                why.forEach(l -> line("    near miss: " + l.strip()));
            }
        }
        if (requests.size() > HTTP_REQUESTS) {
            line("  (the last " + HTTP_REQUESTS + " of " + requests.size() + ")");
        }
    }

    private void database(DatabaseSnapshot db) {
        line("-- collections: " + db.collections().size());
        for (String name : db.collections()) {
            List<Map<String, Object>> docs = db.documents(name);
            line("  " + name + " (" + docs.size() + " documents)");
            for (int i = 0; i < Math.min(docs.size(), DOCUMENTS_PER_COLLECTION); i++) {
                line("    " + truncate(Json.stringifyExtended(docs.get(i))));
            }
            if (docs.size() > DOCUMENTS_PER_COLLECTION) {
                line("    ... " + (docs.size() - DOCUMENTS_PER_COLLECTION) + " more");
            }
        }
    }

    private void storage(StorageSnapshot files) {
        line("-- files: " + files.size());
        int shown = 0;
        for (String cloudPath : files.cloudPaths()) {
            if (shown++ == FILES) {
                line("  ... " + (files.size() - FILES) + " more");
                break;
            }
            line("  " + cloudPath + " (" + files.content(cloudPath).map(c -> c.length).orElse(0) + " bytes)");
        }
    }

    private void miniPrograms(List<MiniProgram> miniPrograms) {
        line("-- mini-programs: " + miniPrograms.size());
        for (MiniProgram mp : miniPrograms) {
            line("  " + mp.root() + " as " + (mp.user().openId() == null ? "a user not logged in"
                    : "openid " + mp.user().openId()));
            try {
                for (PageInstance page : mp.pages()) {
                    line("    page " + page.route() + " data: " + truncate(json(page.data())));
                    List<Map<String, Object>> history = page.setDataHistory();
                    int from = Math.max(0, history.size() - SET_DATA_CALLS);
                    line("      setData calls: " + history.size() + (from > 0 ? " (the last " + SET_DATA_CALLS + ")"
                            : ""));
                    history.subList(from, history.size()).forEach(patch -> line("        " + truncate(json(patch))));
                }
                List<WxCall> calls = mp.calls();
                line("    wx calls: " + calls.size());
                for (WxCall c : calls.subList(Math.max(0, calls.size() - WX_CALLS), calls.size())) {
                    line("      " + c.api() + " " + truncate(json(c.options())) + " on " + c.route());
                }
                List<LogEntry> logs = mp.logs();
                line("    console lines: " + logs.size());
                logs.forEach(log -> line("      " + log.toString().lines().findFirst().orElse("")));
            } catch (RuntimeException e) {
                // A closed or broken mini-program cannot be read; the rest of the report still helps.
                line("    (cannot be read: " + e.getMessage() + ")");
            }
        }
    }

    /** Events come from tests and may hold values JSON cannot show; the report must still be written. */
    private static String json(Object value) {
        try {
            return Json.stringify(value);
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }

    private static String truncate(String s) {
        return s.length() <= DOCUMENT_CHARS ? s : s.substring(0, DOCUMENT_CHARS) + "... (" + s.length() + " chars)";
    }

    private void line(String s) {
        out.append(s).append(System.lineSeparator());
    }
}
