package dev.minicloud.emulator.miniprogram;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.miniprogram.MiniProgramRealm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mini-program's own code (its {@code app.js}, pages, {@code utils/} and {@code miniprogram_npm/} packages) running
 * against the environment, as its user: {@code wx.cloud.database()} runs under the collections' permissions exactly
 * as {@code env.client(user).database()} does, {@code wx.cloud.callFunction} calls the environment's functions as that
 * user, and the rest of {@code wx.*} is recorded.
 *
 * <pre>{@code
 * MiniProgram mp = env.miniProgram(Path.of("miniprogram"), WxContext.ofOpenId("o_alice"));
 * PageInstance todo = mp.open("pages/todo/todo", Map.of("id", "t1"));   // onLoad(query), onShow, all settled
 * todo.call("onTapDone", Map.of("currentTarget", Map.of("dataset", Map.of("id", "t1"))));
 * assertThat(todo.data("list[0].done")).isEqualTo(true);
 * assertThat(mp.calls("showToast")).extracting(WxCall::options).containsExactly(Map.of("title", "Done"));
 * }</pre>
 *
 * <p>Every method runs the mini-program until it is idle before it returns: promises settled, timers due within the
 * settle window fired (a frozen clock jumps to them), watch snapshots delivered. An error nothing in the page could
 * catch (thrown by a callback, a timer or a handler) fails the call with a {@link CloudException}
 * whose errMsg starts with {@code thirdScriptError}, as WeChat reports it; a cloud call's own failure keeps its
 * errCode and errMsg. Thread-safe: the code runs on the mini-program's own thread, one step at a time.
 */
public final class MiniProgram implements AutoCloseable {
    private final MiniProgramRealm realm;
    /** In the order opened; a page leaves it when unloaded, so a long run that unloads its pages keeps none. */
    private final Set<PageInstance> openPages = Collections.synchronizedSet(new LinkedHashSet<>());

    /** Used by the environment; tests get one from {@code CloudEnvironment.miniProgram(Path, WxContext)}. */
    MiniProgram(MiniProgramRealm realm) {
        this.realm = realm;
    }

    /** Opens a page by its route ({@code "pages/todo/todo"}) with no query. */
    public PageInstance open(String route) {
        return open(route, Map.of());
    }

    /**
     * Opens a page as {@code wx.navigateTo} would: loads its file on first use (and {@code app.js} before any page,
     * running {@code onLaunch} and {@code onShow}), creates the page, runs {@code onLoad(query)}, {@code onShow} and
     * {@code onReady} and everything they started.
     */
    public PageInstance open(String route, Map<String, String> query) {
        Objects.requireNonNull(route, "route");
        String normalized = route.startsWith("/") ? route.substring(1) : route;
        return new PageInstance(realm, realm.open(normalized, Map.copyOf(query)), normalized, openPages);
    }

    /** The pages {@link #open opened} and not unloaded, oldest first, as {@code getCurrentPages()} lists them. */
    public List<PageInstance> pages() {
        synchronized (openPages) {
            return List.copyOf(openPages);
        }
    }

    /** A module as {@code require('/' + path)} from the root gives it, e.g. {@code "utils/api.js"}. */
    public MiniModule require(String path) {
        return new MiniModule(realm, realm.require(path));
    }

    /** The folder the mini-program was loaded from, absolute. */
    public Path root() {
        return realm.root();
    }

    /** The user the mini-program acts for. */
    public WxContext user() {
        return realm.user();
    }

    /**
     * Switches the user for every later request (another phone, same code); watches already running keep the user
     * who started them. Module state, pages and storage stay.
     */
    public MiniProgram setUser(WxContext user) {
        realm.setUser(Objects.requireNonNull(user, "user"));
        return this;
    }

    /** The {@code wx.*} / {@code ft.*} calls recorded so far, oldest first. */
    public List<WxCall> calls() {
        return recorded(realm);
    }

    /** The recorded calls of one API, e.g. {@code "showToast"}. */
    public List<WxCall> calls(String api) {
        return calls().stream().filter(c -> c.api().equals(api)).toList();
    }

    static List<WxCall> recorded(MiniProgramRealm realm) {
        return realm.calls().stream().map(c -> new WxCall(c.api(), c.options(), c.route())).toList();
    }

    /** How later {@code wx.showModal} calls are answered: confirm (the default) or cancel. */
    public MiniProgram answerModals(boolean confirm) {
        realm.answerModals(confirm);
        return this;
    }

    /** What {@code wx.setStorageSync(key, value)} stored, as JSON values; null when nothing is stored. */
    public Object storage(String key) {
        return realm.storage(key);
    }

    /**
     * Places a file the user picks at the next {@code wx.chooseImage} or {@code wx.chooseMedia}: the call answers
     * with the files placed so far (at most its {@code count}) as temporary paths ({@code wxfile://tmp_1.png}, the
     * extension kept from {@code fileName}). With nothing placed, the call fails as a cancelled picker does
     * ({@code chooseImage:fail cancel}).
     */
    public MiniProgram choose(String fileName, byte[] content) {
        realm.choose(Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(content, "content"));
        return this;
    }

    /**
     * The content of one of the mini-program's local files, a path under {@code wx.env.USER_DATA_PATH}
     * ({@code wxfile://usr/...}) or a temporary path.
     *
     * @throws CloudException with the platform's {@code readFile:fail ...} errMsg if there
     *     is no such file or the path is not one a mini-program may read
     */
    public byte[] localFile(String path) {
        return realm.localFile(Objects.requireNonNull(path, "path"));
    }

    /** The console lines, including the {@code thirdScriptError} reports, oldest first. */
    public List<LogEntry> logs() {
        return realm.logs();
    }

    /** Runs what is pending now: watch snapshots written from elsewhere, timers that came due. */
    public void drain() {
        realm.drain();
    }

    /**
     * How far ahead each step runs timers (default 10 seconds of the environment's clock). On a frozen clock the
     * clock jumps to them; on a running clock the step waits.
     */
    public MiniProgram setSettleWindow(Duration window) {
        realm.setSettleWindow(Objects.requireNonNull(window, "window"));
        return this;
    }

    /**
     * The real time one step may run (default 10 seconds); a step that runs longer is stopped with a
     * {@code thirdScriptError} and the mini-program cannot be used any more.
     */
    public MiniProgram setTimeLimit(Duration limit) {
        realm.setTimeLimit(Objects.requireNonNull(limit, "limit"));
        return this;
    }

    /** Stops its watches and its thread. */
    @Override
    public void close() {
        realm.close();
    }
}
