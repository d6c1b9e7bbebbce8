package dev.minicloud.emulator.internal.query;

import java.util.Arrays;
import java.util.BitSet;

/** A sorted set of document slots; appending a larger slot, the common case, is O(1). */
final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int slot) {
        if (size == 0 || items[size - 1] < slot) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = slot;
            return;
        }
        int at = Arrays.binarySearch(items, 0, size, slot);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = slot;
        size++;
    }

    void remove(int slot) {
        int at = Arrays.binarySearch(items, 0, size, slot);
        if (at >= 0) {
            System.arraycopy(items, at + 1, items, at, size - at - 1);
            size--;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    void addTo(BitSet set) {
        for (int i = 0; i < size; i++) {
            set.set(items[i]);
        }
    }
}
