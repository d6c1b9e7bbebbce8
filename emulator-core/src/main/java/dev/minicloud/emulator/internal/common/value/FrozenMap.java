package dev.minicloud.emulator.internal.common.value;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map in insertion order, kept in one array of alternating keys and values: the form of every
 * stored document's objects. A scan reads a field of every document it passes, and through
 * {@code Collections.unmodifiableMap(new LinkedHashMap<>(...))} that was four dependent loads (the wrapper, the map,
 * its table, the entry) before the key could be compared; here it is two, and a document takes about a quarter of the
 * heap. Field names come from interned JSON names and string literals, so a lookup is usually decided by identity.
 * Objects with many fields get a small open-addressing index so that a lookup stays constant-time.
 */
public final class FrozenMap extends AbstractMap<String, Object> {
    /** Up to this many fields a lookup compares keys in order; beyond, it goes through {@link #index}. */
    private static final int LINEAR = 8;

    private final Object[] entries;
    /** Slot of each key in {@link #entries} divided by two, plus one; zero for an empty bucket. Null when small. */
    private final int[] index;

    private FrozenMap(Object[] entries) {
        this.entries = entries;
        this.index = entries.length / 2 > LINEAR ? buildIndex(entries) : null;
    }

    /**
     * A frozen copy of {@code map}'s entries, in its iteration order. Its values are taken as they are, so they must
     * be frozen already: a {@code FrozenMap} is deeply unmodifiable, and {@link Frozen#freeze} returns one unchanged.
     */
    public static FrozenMap copyOf(Map<String, ?> map) {
        Object[] entries = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            entries[i++] = e.getKey();
            entries[i++] = e.getValue();
        }
        return new FrozenMap(entries);
    }

    /**
     * A map over {@code entries} (key, value, key, value, ...), which the caller hands over and never changes again.
     * The keys must be distinct strings.
     */
    static FrozenMap adopt(Object[] entries) {
        return new FrozenMap(entries);
    }

    private static int[] buildIndex(Object[] entries) {
        int n = entries.length / 2;
        int[] table = new int[Integer.highestOneBit(n * 2 - 1) << 1];
        int mask = table.length - 1;
        for (int slot = 0; slot < n; slot++) {
            int b = entries[slot * 2].hashCode() & mask;
            while (table[b] != 0) {
                b = (b + 1) & mask;
            }
            table[b] = slot + 1;
        }
        return table;
    }

    private int slotOf(Object key) {
        Object[] e = entries;
        if (index == null) {
            for (int i = 0; i < e.length; i += 2) {
                if (e[i] == key) {
                    return i;
                }
            }
            if (!(key instanceof String)) {
                return -1;
            }
            int h = key.hashCode();
            for (int i = 0; i < e.length; i += 2) {
                if (e[i].hashCode() == h && e[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        if (!(key instanceof String)) {
            return -1;
        }
        int mask = index.length - 1;
        for (int b = key.hashCode() & mask; index[b] != 0; b = (b + 1) & mask) {
            int i = (index[b] - 1) * 2;
            if (e[i] == key || e[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = slotOf(key);
        return i < 0 ? null : entries[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return slotOf(key) >= 0;
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return entries.length == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < entries.length; i += 2) {
            action.accept((String) entries[i], entries[i + 1]);
        }
    }

    /** The values in order, read straight from the array (no entry objects): walks over documents use it. */
    @Override
    public Collection<Object> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Object> iterator() {
                return new Iterator<>() {
                    private int next = 1;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Object next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Object v = entries[next];
                        next += 2;
                        return v;
                    }
                };
            }

            @Override
            public int size() {
                return entries.length / 2;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> e = new SimpleImmutableEntry<>((String) entries[next],
                                entries[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return entries.length / 2;
            }
        };
    }
}
