package io.mapchunk.analysis.reads;

import java.util.Arrays;

/**
 * How many reads have each length, in memory that depends on the distinct lengths, never on the
 * number of reads: a dense array for short lengths (grown as they come, up to
 * {@link #DENSE_LIMIT}) and an open-addressing table for longer ones (long reads, where one
 * table probe per read is nothing beside its bases). Adding allocates only when a table grows.
 */
final class LengthHistogram {

    /** Lengths below this are counted in the dense array (at most 512 KiB of it). */
    static final int DENSE_LIMIT = 1 << 16;
    private static final long EMPTY = -1;

    private long[] dense = new long[512];
    private long[] keys = newKeys(64);
    private long[] counts = new long[64];
    private int longLengths;

    void add(long length, long count) {
        if (length < DENSE_LIMIT) {
            int at = (int) length;
            if (at >= dense.length) {
                dense = Arrays.copyOf(dense, Math.min(DENSE_LIMIT, Integer.highestOneBit(at) * 2));
            }
            dense[at] += count;
        } else {
            addLong(length, count);
        }
    }

    /** Adds a histogram given as distinct lengths and their counts. */
    void addAll(long[] lengths, long[] lengthCounts) {
        for (int j = 0; j < lengths.length; j++) {
            add(lengths[j], lengthCounts[j]);
        }
    }

    /** The distinct lengths, ascending. */
    long[] lengths() {
        long[] out = new long[distinct()];
        int j = 0;
        for (int length = 0; length < dense.length; length++) {
            if (dense[length] != 0) {
                out[j++] = length;
            }
        }
        int denseEnd = j;
        for (long key : keys) {
            if (key != EMPTY) {
                out[j++] = key;
            }
        }
        Arrays.sort(out, denseEnd, j);
        return out;
    }

    /** How many reads have each of {@code lengths} (as {@link #lengths()} gave them). */
    long[] counts(long[] lengths) {
        long[] out = new long[lengths.length];
        for (int j = 0; j < lengths.length; j++) {
            out[j] = lengths[j] < DENSE_LIMIT ? dense[(int) lengths[j]] : counts[slot(lengths[j])];
        }
        return out;
    }

    void clear() {
        Arrays.fill(dense, 0);
        Arrays.fill(keys, EMPTY);
        Arrays.fill(counts, 0);
        longLengths = 0;
    }

    private int distinct() {
        int distinct = longLengths;
        for (long count : dense) {
            distinct += count != 0 ? 1 : 0;
        }
        return distinct;
    }

    private void addLong(long length, long count) {
        int slot = slot(length);
        if (keys[slot] == EMPTY) {
            if (2 * (longLengths + 1) > keys.length) {
                grow();
                slot = slot(length);
            }
            keys[slot] = length;
            longLengths++;
        }
        counts[slot] += count;
    }

    /** The slot of {@code length}, or the empty slot where it would go (linear probing). */
    private int slot(long length) {
        int mask = keys.length - 1;
        int slot = (int) (length * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[slot] != EMPTY && keys[slot] != length) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = newKeys(oldKeys.length * 2);
        counts = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long[] newKeys(int size) {
        long[] keys = new long[size];
        Arrays.fill(keys, EMPTY);
        return keys;
    }
}
