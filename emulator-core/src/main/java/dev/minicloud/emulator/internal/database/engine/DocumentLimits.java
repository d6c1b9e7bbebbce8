package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.command.UpdateCommand;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.internal.common.value.Scalars;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MongoDB's limits on what is stored, which the service's backend enforces: a document's BSON size is at most
 * {@value #MAX_BSON_BYTES} bytes and it nests at most {@value #MAX_DEPTH} levels (the document itself is level 1,
 * every non-empty object or array inside adds one; empty ones do not count, as in MongoDB).
 *
 * <p>Request values are measured before anything else touches them, without recursion, so a value nested
 * thousands of levels deep is refused with the service's error instead of overflowing the host's stack.
 */
public final class DocumentLimits {
    /** MongoDB's {@code BSONObjMaxUserSize}: 16 MiB. */
    static final int MAX_BSON_BYTES = 16 * 1024 * 1024;
    /** MongoDB's {@code BSONDepth::getMaxDepthForUserStorage()}. */
    static final int MAX_DEPTH = 100;
    /** MongoDB's insert message for a document nested too deeply. */
    public static final String INSERT_TOO_DEEP = "cannot insert document because it exceeds " + MAX_DEPTH
            + " levels of nesting";
    /** MongoDB's storage-validation message, used for every other request value nested too deeply. */
    public static final String TOO_DEEP = "Document exceeds maximum nesting depth of " + MAX_DEPTH;

    private DocumentLimits() {}

    /** Refuses a request value (add data, update data, a condition, a stage) nested more than {@value #MAX_DEPTH}. */
    static void checkRequest(Object value, String tooDeep) {
        if (deeperThanLimit(value)) {
            throw DatabaseError.invalidParameters(tooDeep);
        }
    }

    /** Refuses a new document larger than MongoDB stores. */
    static void checkInsert(Map<String, Object> doc) {
        if (deeperThanLimit(doc)) {
            throw DatabaseError.requestFail(INSERT_TOO_DEEP);
        }
        long size = bsonSize(doc);
        if (size > MAX_BSON_BYTES) {
            throw DatabaseError.requestFail("object to insert too large. size in bytes: " + size + ", max size: "
                    + MAX_BSON_BYTES);
        }
    }

    /** Refuses the result of an update or a replacement larger or deeper than MongoDB stores. */
    static void checkUpdated(Map<String, Object> doc) {
        if (deeperThanLimit(doc)) {
            throw DatabaseError.requestFail(TOO_DEEP);
        }
        if (bsonSize(doc) > MAX_BSON_BYTES) {
            throw DatabaseError.requestFail("Resulting document after update is larger than " + MAX_BSON_BYTES);
        }
    }

    /**
     * Whether a non-empty container sits deeper than {@value #MAX_DEPTH}, walking with an explicit stack. A
     * container met again on its own path (a cycle) is not entered: the encoder reports it as the SDK does.
     */
    static boolean deeperThanLimit(Object root) {
        // Nearly every request is shallow: a bounded recursion, without the exact walk's set and stacks, settles it.
        // Only a request it cannot clear (deep, or holding a cycle, which recurses until the bound) takes that walk.
        Iterator<?> top = children(root);
        return top != null && !within(top, 1) && deeperThanLimitExactly(root);
    }

    /**
     * Whether no non-empty container among {@code children}, the contents of a container at {@code level}, or below
     * them sits deeper than the limit.
     */
    private static boolean within(Iterator<?> children, int level) {
        while (children.hasNext()) {
            Object child = children.next();
            if (Scalars.isScalar(child)) {
                continue;
            }
            Iterator<?> grandchildren = children(child);
            if (grandchildren != null && grandchildren.hasNext()
                    && (level >= MAX_DEPTH || !within(grandchildren, level + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean deeperThanLimitExactly(Object root) {
        Iterator<?> top = children(root);
        if (top == null) {
            return false;
        }
        Set<Object> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Iterator<?>> open = new ArrayDeque<>();
        Deque<Object> owners = new ArrayDeque<>();
        open.push(top);
        owners.push(root);
        onPath.add(root);
        while (!open.isEmpty()) {
            Iterator<?> it = open.peek();
            if (!it.hasNext()) {
                open.pop();
                onPath.remove(owners.pop());
                continue;
            }
            Object child = it.next();
            Iterator<?> grandchildren = children(child);
            if (grandchildren == null || !grandchildren.hasNext() || onPath.contains(child)) {
                continue;
            }
            if (open.size() >= MAX_DEPTH) {
                return true;
            }
            open.push(grandchildren);
            owners.push(child);
            onPath.add(child);
        }
        return false;
    }

    /** The values inside a container as a request may hold them; null for anything else. */
    private static Iterator<?> children(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.values().iterator();
        }
        if (v instanceof Collection<?> c) {
            return c.iterator();
        }
        if (v instanceof Object[] a) {
            return Arrays.asList(a).iterator();
        }
        if (v instanceof LogicCommand c) {
            return c.operands().iterator();
        }
        if (v instanceof UpdateCommand c) {
            return c.operands().iterator();
        }
        return null;
    }

    /**
     * The document's size as BSON, the way the SDK would send it: integers within 32 bits as int32, other numbers
     * as 8 bytes, dates as 8 bytes, strings as length, UTF-8 bytes and a terminator. Called only on documents within
     * the depth limit, so the recursion is bounded.
     */
    static long bsonSize(Map<?, ?> doc) {
        long size = 5;
        for (Map.Entry<?, ?> e : doc.entrySet()) {
            size += 2 + utf8Length(String.valueOf(e.getKey())) + valueSize(e.getValue());
        }
        return size;
    }

    private static long arraySize(List<?> list) {
        long size = 5;
        for (int i = 0; i < list.size(); i++) {
            size += 2 + digits(i) + valueSize(list.get(i));
        }
        return size;
    }

    private static long valueSize(Object v) {
        if (v instanceof String s) {
            return 5 + utf8Length(s);
        }
        if (v instanceof Integer) {
            return 4;
        }
        if (v instanceof Number || v instanceof Instant) {
            return 8;
        }
        if (v instanceof Boolean) {
            return 1;
        }
        if (v instanceof Map<?, ?> m) {
            return bsonSize(m);
        }
        if (v instanceof List<?> l) {
            return arraySize(l);
        }
        if (v instanceof RegExp r) {
            return utf8Length(r.regexp()) + 1 + utf8Length(r.options()) + 1;
        }
        return 0;
    }

    private static int digits(int i) {
        return i < 10 ? 1 : (int) Math.log10(i) + 1;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                // A surrogate pair is four bytes, two per half.
                n += 2;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
