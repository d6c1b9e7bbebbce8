package dev.minicloud.emulator.miniprogram;

import dev.minicloud.emulator.internal.miniprogram.MiniProgramRealm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One open page of a {@link MiniProgram}: its {@code data} as the logic layer holds it, its {@code setData} history,
 * its handlers and the {@code wx.*} calls made while it was on top of the stack. Reading runs what is pending first,
 * so a watch snapshot written from elsewhere shows.
 */
public final class PageInstance {
    private final MiniProgramRealm realm;
    private final int id;
    private final String route;
    /** The mini-program's open pages, which this one leaves when it is unloaded. */
    private final Set<PageInstance> openPages;

    PageInstance(MiniProgramRealm realm, int id, String route, Set<PageInstance> openPages) {
        this.realm = realm;
        this.id = id;
        this.route = route;
        this.openPages = openPages;
        openPages.add(this);
    }

    public String route() {
        return route;
    }

    /** The page's {@code this.data} as JSON values (dates as ISO strings, functions left out). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> data() {
        return (Map<String, Object>) realm.data(id);
    }

    /** One value of the data by a {@code setData} path: {@code "list[0].done"}, {@code "user.name"}; null if absent. */
    public Object data(String path) {
        Object v = data();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (v instanceof Map<?, ?> m) {
                v = m.get(part);
            } else if (v instanceof List<?> l && part.matches("\\d+") && Integer.parseInt(part) < l.size()) {
                v = l.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return v;
    }

    /** Every object passed to {@code setData}, oldest first, as JSON values. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> setDataHistory() {
        return new ArrayList<>((List<Map<String, Object>>) realm.history(id));
    }

    /**
     * Calls a handler as the view would, e.g. {@code call("onTapDone", Map.of("currentTarget", Map.of("dataset",
     * Map.of("id", "t1"))))}, and returns what it returned with promises settled.
     */
    public Object call(String method, Object event) {
        return realm.call(id, method, event);
    }

    /** Calls a handler without an event. */
    public Object call(String method) {
        return realm.call(id, method, Map.of());
    }

    /** {@code this.setData(patch)} from outside, as a test double of the view would. */
    public void setData(Map<String, ?> patch) {
        realm.setData(id, patch);
    }

    /** The recorded {@code wx.*} calls made while this page's route was on top of the stack. */
    public List<WxCall> calls(String api) {
        return MiniProgram.recorded(realm).stream().filter(c -> c.api().equals(api) && route.equals(c.route()))
                .toList();
    }

    /** Closes the page: {@code onUnload}, and it leaves {@code getCurrentPages()}. */
    public void unload() {
        realm.unload(id);
        openPages.remove(this);
    }

    @Override
    public String toString() {
        return "PageInstance[" + route + "]";
    }
}
