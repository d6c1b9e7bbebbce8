package dev.minicloud.emulator.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.minicloud.emulator.base.CloudException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves {@code /api/...}: finds the area, runs it on the live environment, saves a data directory after a request
 * that may write, answers every failure as JSON (never a stack trace) and logs every call with its duration.
 */
final class ApiHandler implements HttpHandler {
    /** The header every write must carry: a page on another site cannot send it without a CORS preflight. */
    static final String CONSOLE_HEADER = "X-MiniCloud-Console";

    private final LiveEnvironment live;
    private final long maxBody;
    private final RequestLog log = new RequestLog();
    private final Map<String, Api> areas;

    ApiHandler(LiveEnvironment live, Optional<Path> rulesFile, long maxBody) {
        this.live = live;
        this.maxBody = maxBody;
        this.areas = Map.of("collections", new CollectionsApi(), "files", new StorageApi(),
                "functions", new FunctionsApi(),
                "permissions", new PermissionsApi(new PermissionFile(rulesFile), live::restartOnNextUse),
                "clock", new ClockApi());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        Instant at = Instant.now();
        List<String> path = List.of();
        int status = 200;
        String error = null;
        boolean logged = false;
        try (exchange) {
            path = Request.segments(exchange.getRequestURI().getRawPath());
            Request request = new Request(exchange, path.subList(1, path.size()), maxBody);
            Object body;
            try {
                check(exchange);
                body = route(request);
            } catch (ConsoleError e) {
                status = e.status();
                error = e.getMessage();
                body = Map.of("error", error);
            } catch (CloudException e) {
                status = 400;
                error = e.errMsg();
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("errCode", e.errCode());
                failure.put("errMsg", e.errMsg());
                body = failure;
            } catch (IllegalArgumentException e) {
                status = 400;
                error = e.getMessage();
                body = Map.of("error", String.valueOf(error));
            } catch (RuntimeException e) {
                // MiniCloud or the host failing: told in one line, as the command line does.
                status = 500;
                error = e.getMessage() != null ? e.getMessage() : e.toString();
                body = Map.of("error", error);
            }
            // Logged before the answer leaves, so a client that reads the log right after its answer finds it.
            logged = log(exchange, path, at, started, status, error);
            if (body != Api.ANSWERED) {
                request.respond(status, body);
            }
        } catch (IOException e) {
            // The browser went away before the answer was written: nothing to tell it.
            status = 499;
            error = "the connection closed: " + e.getMessage();
        } finally {
            if (!logged) {
                log(exchange, path, at, started, status, error);
            }
        }
    }

    /** Adds a request to the request log (the log's own reads excepted); true once it is recorded or skipped. */
    private boolean log(HttpExchange exchange, List<String> path, Instant at, long started, int status, String error) {
        if (!path.isEmpty() && !(path.size() > 1 && path.get(1).equals("log"))) {
            String query = exchange.getRequestURI().getRawQuery();
            log.add(at, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (query == null ? "" : "?" + query), status, (System.nanoTime() - started) / 1_000_000, error);
        }
        return true;
    }

    /** Refuses a write without the console's header, and a host name that is not this machine's (DNS rebinding). */
    private static void check(HttpExchange exchange) {
        if (!addressedHere(exchange)) {
            throw new ConsoleError(403, "the console answers only requests addressed to 127.0.0.1 or localhost");
        }
        boolean write = !exchange.getRequestMethod().equals("GET");
        if (write && exchange.getRequestHeaders().getFirst(CONSOLE_HEADER) == null) {
            throw new ConsoleError(403, "a console write needs the header " + CONSOLE_HEADER + ": 1");
        }
    }

    /** Whether the request names this machine as its host: a page rebound to 127.0.0.1 by DNS names its own. */
    static boolean addressedHere(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost");
    }

    private Object route(Request request) {
        String area = request.segment(0);
        if ("log".equals(area) && request.segments() == 1) {
            return Map.of("requests", log.entries());
        }
        Api api = area == null ? null : areas.get(area);
        if (api == null) {
            throw ConsoleError.notFound("no console API at /api/" + (area == null ? "" : area)
                    + "; the areas are collections, files, functions, permissions, clock and log");
        }
        return live.use(env -> {
            try {
                Object answer = api.handle(request, env);
                if (Api.writes(request)) {
                    env.flush();
                }
                return answer;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
