package io.mapchunk.analysis.reads;

import java.util.Arrays;

/**
 * The keys of some reads and their lengths, index for index; what {@link KeyLengthsAnalysis}
 * emits, and, {@linkplain #merged merged}, what the cut of {@code --bases} is found in.
 */
public record KeyLengths(long[] keys, long[] lengths) {

    /** These and {@code other} as one {@link #merged} list: the keys of two files of pairs. */
    public KeyLengths with(KeyLengths other) {
        long[] allKeys = Arrays.copyOf(keys, keys.length + other.keys.length);
        long[] allLengths = Arrays.copyOf(lengths, keys.length + other.keys.length);
        System.arraycopy(other.keys, 0, allKeys, keys.length, other.keys.length);
        System.arraycopy(other.lengths, 0, allLengths, keys.length, other.keys.length);
        return merged(allKeys, allLengths);
    }

    /** Each key once, in unsigned order, with the summed lengths of the reads that have it. */
    static KeyLengths merged(long[] found, long[] lengths) {
        long[] sorted = new long[found.length];
        for (int i = 0; i < found.length; i++) {
            sorted[i] = found[i] ^ Long.MIN_VALUE; // signed order of these is unsigned order of keys
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        long[] keys = Arrays.copyOf(sorted, distinct);
        long[] summed = new long[distinct];
        for (int i = 0; i < found.length; i++) {
            summed[Arrays.binarySearch(keys, found[i] ^ Long.MIN_VALUE)] += lengths[i];
        }
        for (int i = 0; i < distinct; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
        return new KeyLengths(keys, summed);
    }
}
