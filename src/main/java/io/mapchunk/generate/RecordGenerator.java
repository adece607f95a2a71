package io.mapchunk.generate;

import java.util.SplittableRandom;

/**
 * The bases of one synthetic chromosome, produced in order into caller-supplied arrays: random
 * bases at about 41% GC, alternating upper- and lowercase runs (about 40% lowercase, like
 * soft-masked repeats), N runs at both ends and at a centromere, and rare IUPAC codes.
 * Deterministic for a given seed and record.
 */
final class RecordGenerator {

    private static final byte[] UPPER = new byte[256];
    private static final byte[] LOWER = new byte[256];
    private static final byte[] IUPAC = "RYKMSWBDHV".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int UPPER_RUN_MEAN = 450;
    private static final int LOWER_RUN_MEAN = 300;
    private static final int IUPAC_SPACING_MEAN = 1_000_000;

    static {
        // A and T 76/256 each, C and G 52/256 each: GC about 40.6%, as in the human genome
        for (int i = 0; i < 256; i++) {
            byte base = (byte) (i < 76 ? 'A' : i < 128 ? 'C' : i < 180 ? 'G' : 'T');
            UPPER[i] = base;
            LOWER[i] = (byte) (base | 0x20);
        }
    }

    /** Draws for bases, kept apart from {@link #random} so line breaks do not change the bases. */
    private final SplittableRandom baseRandom;
    /** Draws for the layout: case runs and IUPAC positions and codes. */
    private final SplittableRandom random;
    private long pendingBits;
    private int pendingBytes;
    private final long length;
    /** Alternating bounds: N in [b0, b1), [b2, b3), [b4, b5). */
    private final long[] bounds;
    private int nextBound;
    private long position;
    private boolean lower;
    private long runEnd;
    private long nextIupac;

    RecordGenerator(long seed, int ordinal, long length) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + ordinal);
        this.baseRandom = random.split();
        this.length = length;
        long telomere = Math.max(1, Math.min(10_000, length / 5000));
        long centromere = (long) (length * 0.4);
        this.bounds = monotone(new long[] {
            0, telomere, centromere, centromere + length * 3 / 100, length - telomere, length
        }, length);
        this.runEnd = nextRunLength();
        this.nextIupac = 1 + random.nextInt(2 * IUPAC_SPACING_MEAN);
        skipEmptyBounds();
    }

    private static long[] monotone(long[] bounds, long length) {
        long floor = 0;
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = Math.max(floor, Math.min(bounds[i], length));
            floor = bounds[i];
        }
        return bounds;
    }

    long remaining() {
        return length - position;
    }

    /** Writes the next {@code count} bases (at most {@link #remaining()}) into {@code into}. */
    void fill(byte[] into, int offset, int count) {
        int at = offset;
        int left = count;
        while (left > 0) {
            long end = Math.min(position + left, Math.min(runEnd, bounds[nextBound]));
            int span = (int) (end - position);
            boolean inN = (nextBound & 1) == 1;
            if (inN) {
                java.util.Arrays.fill(into, at, at + span, (byte) 'N');
            } else {
                randomBases(into, at, span, lower ? LOWER : UPPER);
            }
            while (nextIupac < end) {
                if (!inN) {
                    byte code = IUPAC[random.nextInt(IUPAC.length)];
                    into[at + (int) (nextIupac - position)] = lower ? (byte) (code | 0x20) : code;
                }
                nextIupac += 1 + random.nextInt(2 * IUPAC_SPACING_MEAN);
            }
            position = end;
            at += span;
            left -= span;
            if (position == runEnd) {
                lower = !lower;
                runEnd += nextRunLength();
            }
            skipEmptyBounds();
        }
    }

    private void skipEmptyBounds() {
        while (nextBound < bounds.length - 1 && bounds[nextBound] <= position) {
            nextBound++;
        }
    }

    private long nextRunLength() {
        return 1 + random.nextInt(2 * (lower ? LOWER_RUN_MEAN : UPPER_RUN_MEAN));
    }

    private void randomBases(byte[] into, int offset, int count, byte[] table) {
        int i = offset;
        int end = offset + count;
        for (; pendingBytes > 0 && i < end; i++, pendingBytes--, pendingBits >>>= 8) {
            into[i] = table[(int) pendingBits & 0xff];
        }
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long bits = baseRandom.nextLong();
            into[i] = table[(int) bits & 0xff];
            into[i + 1] = table[(int) (bits >>> 8) & 0xff];
            into[i + 2] = table[(int) (bits >>> 16) & 0xff];
            into[i + 3] = table[(int) (bits >>> 24) & 0xff];
            into[i + 4] = table[(int) (bits >>> 32) & 0xff];
            into[i + 5] = table[(int) (bits >>> 40) & 0xff];
            into[i + 6] = table[(int) (bits >>> 48) & 0xff];
            into[i + 7] = table[(int) (bits >>> 56)];
        }
        if (i < end) {
            pendingBits = baseRandom.nextLong();
            pendingBytes = Long.BYTES;
            for (; i < end; i++, pendingBytes--, pendingBits >>>= 8) {
                into[i] = table[(int) pendingBits & 0xff];
            }
        }
    }
}
