package io.mapchunk.analysis.gc;

/**
 * Windows of {@code window} bases every {@code step} bases along each sequence, as
 * {@code bedtools makewindows -w W -s S}: starts 0, S, 2S, ... below the sequence length, each
 * window cut at the sequence end. Bases are counted in bins of {@code gcd(window, step)}, so every
 * window is a whole number of bins (the last one possibly short) whatever the overlap.
 */
public record WindowSpec(long window, long step) implements java.io.Serializable {

    public WindowSpec {
        if (window <= 0 || step <= 0) {
            throw new IllegalArgumentException("window and step must be positive: " + window
                    + ", " + step);
        }
    }

    public long binSize() {
        long a = window;
        long b = step;
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** Bins covering a sequence of {@code length} bases. */
    public long bins(long length) {
        return (length + binSize() - 1) / binSize();
    }
}
