package io.mapchunk.analysis.reads;

import java.io.Serializable;

/**
 * Which reads a sample takes: those whose key ({@link ReadKeys}, from {@code keyStart}) is below
 * {@code cut}, compared unsigned, or every read when {@code all}. The key is that of the read's
 * index, or with {@code interleaved} of its pair's ({@code index / 2}), so both mates go together.
 * {@code selected} is how many reads (pairs) that takes, as the client computed it.
 */
public record ReadSelection(long keyStart, long cut, boolean all, boolean interleaved,
        long selected) implements Serializable {

    /** What is keyed: the read itself, or its pair. */
    public long unit(long index) {
        return interleaved ? index >>> 1 : index;
    }

    public long key(long index) {
        return ReadKeys.key(keyStart, unit(index));
    }

    public boolean takes(long key) {
        return all || Long.compareUnsigned(key, cut) < 0;
    }
}
