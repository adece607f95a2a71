package io.mapchunk.bench;

import java.nio.ByteBuffer;

/** The kernel's histogram without CpG: getLong words into four interleaved tables. */
final class HistogramOnly {

    private HistogramOnly() {}

    /** Counts the whole words of {@code window[0, length)} into {@code lane}; returns where they end. */
    static int words(ByteBuffer window, int length, int[] lane) {
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long word = window.getLong(i);
            lane[(int) word & 0xff]++;
            lane[256 + ((int) (word >>> 8) & 0xff)]++;
            lane[512 + ((int) (word >>> 16) & 0xff)]++;
            lane[768 + ((int) (word >>> 24) & 0xff)]++;
            lane[(int) (word >>> 32) & 0xff]++;
            lane[256 + ((int) (word >>> 40) & 0xff)]++;
            lane[512 + ((int) (word >>> 48) & 0xff)]++;
            lane[768 + (int) (word >>> 56)]++;
        }
        return i;
    }
}
