package io.mapchunk.analysis.reads;

import java.io.Serializable;

/**
 * The keys {@code [low, low + 2^shift)}, unsigned, that a pass of {@code sample --bases} looks
 * at; {@code shift} 64 is every key. A histogram cuts it into {@link #BUCKETS} equal buckets.
 */
public record KeyRange(long low, int shift) implements Serializable {

    public static final int BUCKET_BITS = 12;
    public static final int BUCKETS = 1 << BUCKET_BITS;

    public static final KeyRange ALL = new KeyRange(0, 64);

    public boolean contains(long key) {
        return shift == 64 || (key - low) >>> shift == 0;
    }

    /** The bucket of a key this range {@linkplain #contains contains}; needs a shift of 12 or more. */
    public int bucket(long key) {
        return (int) ((key - low) >>> (shift - BUCKET_BITS));
    }

    /** Bucket {@code b} as a range of its own. */
    public KeyRange narrowed(int b) {
        int bucketShift = shift - BUCKET_BITS;
        return new KeyRange(low + ((long) b << bucketShift), bucketShift);
    }

    /** True when it is too narrow to cut into buckets: few enough keys to collect, whatever N. */
    public boolean narrowest() {
        return shift < BUCKET_BITS;
    }
}
