package dev.minicloud.emulator.internal.database.query;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A set of document slots, kept in blocks of 4,096 consecutive slots: a block is a sorted array of the slots' low
 * bits while it holds few, a 512-byte bitmap once it holds many. Adding or removing a slot is a binary search over
 * the blocks plus at most a {@value #SPARSE_MAX}-element shift, whatever the set's size, so a key shared by half of a
 * large collection is as cheap to change as a unique one; a sparse key costs a few bytes per slot.
 */
final class IntList {
    private static final int BLOCK_BITS = 12;
    private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;
    /** A sparse block turns into a bitmap past this many slots, where the two take the same memory. */
    private static final int SPARSE_MAX = 256;

    private int[] highs = new int[1];
    private Block[] blocks = new Block[1];
    private int blockCount;
    private int size;

    /** Adds a slot; returns whether it was absent. */
    boolean add(int slot) {
        int high = slot >>> BLOCK_BITS;
        int at = find(high);
        if (at < 0) {
            at = -at - 1;
            if (blockCount == blocks.length) {
                highs = Arrays.copyOf(highs, blockCount * 2);
                blocks = Arrays.copyOf(blocks, blockCount * 2);
            }
            System.arraycopy(highs, at, highs, at + 1, blockCount - at);
            System.arraycopy(blocks, at, blocks, at + 1, blockCount - at);
            highs[at] = high;
            blocks[at] = new Block();
            blockCount++;
        }
        if (blocks[at].add((char) (slot & BLOCK_MASK))) {
            size++;
            return true;
        }
        return false;
    }

    /** Removes a slot; returns whether it was present. */
    boolean remove(int slot) {
        int at = find(slot >>> BLOCK_BITS);
        if (at < 0 || !blocks[at].remove((char) (slot & BLOCK_MASK))) {
            return false;
        }
        size--;
        if (blocks[at].count == 0) {
            System.arraycopy(highs, at + 1, highs, at, blockCount - at - 1);
            System.arraycopy(blocks, at + 1, blocks, at, blockCount - at - 1);
            blocks[--blockCount] = null;
        }
        return true;
    }

    /** The block holding slots {@code high << BLOCK_BITS ...}, or {@code -(insertion point) - 1}. */
    private int find(int high) {
        if (blockCount > 0 && highs[blockCount - 1] == high) {
            return blockCount - 1;
        }
        return Arrays.binarySearch(highs, 0, blockCount, high);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void addTo(BitSet set) {
        for (int b = 0; b < blockCount; b++) {
            blocks[b].addTo(highs[b] << BLOCK_BITS, set);
        }
    }

    /** The slots of one block: sorted low bits while sparse, else a bitmap. */
    private static final class Block {
        private char[] low = new char[2];
        private long[] bits;
        private int count;

        boolean add(char c) {
            if (bits != null) {
                long mask = 1L << c;
                if ((bits[c >>> 6] & mask) != 0) {
                    return false;
                }
                bits[c >>> 6] |= mask;
                count++;
                return true;
            }
            int at = Arrays.binarySearch(low, 0, count, c);
            if (at >= 0) {
                return false;
            }
            if (count == SPARSE_MAX) {
                toBitmap();
                return add(c);
            }
            at = -at - 1;
            if (count == low.length) {
                low = Arrays.copyOf(low, count * 2);
            }
            System.arraycopy(low, at, low, at + 1, count - at);
            low[at] = c;
            count++;
            return true;
        }

        boolean remove(char c) {
            if (bits != null) {
                long mask = 1L << c;
                if ((bits[c >>> 6] & mask) == 0) {
                    return false;
                }
                bits[c >>> 6] &= ~mask;
                count--;
                return true;
            }
            int at = Arrays.binarySearch(low, 0, count, c);
            if (at < 0) {
                return false;
            }
            System.arraycopy(low, at + 1, low, at, count - at - 1);
            count--;
            return true;
        }

        private void toBitmap() {
            bits = new long[(BLOCK_MASK + 1) / 64];
            for (int i = 0; i < count; i++) {
                bits[low[i] >>> 6] |= 1L << low[i];
            }
            low = null;
        }

        void addTo(int base, BitSet set) {
            if (bits == null) {
                for (int i = 0; i < count; i++) {
                    set.set(base + low[i]);
                }
                return;
            }
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    set.set(base + (w << 6) + Long.numberOfTrailingZeros(word));
                    word &= word - 1;
                }
            }
        }
    }
}
