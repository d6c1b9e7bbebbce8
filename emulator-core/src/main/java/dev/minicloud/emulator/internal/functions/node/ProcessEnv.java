package dev.minicloud.emulator.internal.functions.node;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.TopLevel;

/**
 * {@code process.env} of one instance, as Node's: values are stored as strings, and setting or deleting {@code TZ}
 * changes the instance's time zone at once ({@code new Date().getHours()}, {@code toString}, {@code toLocale*}).
 */
public final class ProcessEnv extends NativeObject {
    private static final long serialVersionUID = 1L;
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    public ProcessEnv(Scriptable scope, Map<String, String> vars) {
        ScriptRuntime.setBuiltinProtoAndParent(this, scope, TopLevel.Builtins.Object);
        vars.forEach((k, v) -> super.put(k, this, v));
    }

    /** The zone {@code TZ} names now; UTC when it is unset or names no zone, as in Node. */
    public TimeZone zone() {
        return zoneOf(super.get("TZ", this));
    }

    public static TimeZone zoneOf(Object tz) {
        if (tz instanceof CharSequence text && !text.isEmpty()) {
            String id = text.charAt(0) == ':' ? text.toString().substring(1) : text.toString();
            try {
                return TimeZone.getTimeZone(ZoneId.of(id));
            } catch (DateTimeException e) {
                return UTC;
            }
        }
        return UTC;
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        if (start != this) {
            super.put(name, start, value);
            return;
        }
        super.put(name, start, ScriptRuntime.toString(value));
        if (name.equals("TZ")) {
            applyZone();
        }
    }

    @Override
    public void delete(String name) {
        super.delete(name);
        if (name.equals("TZ")) {
            applyZone();
        }
    }

    private void applyZone() {
        Context cx = Context.getCurrentContext();
        if (cx != null) {
            cx.setTimeZone(zone());
        }
    }

    @Override
    public String getClassName() {
        return "Object";
    }
}
