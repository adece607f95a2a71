package io.mapchunk.analysis.reads;

/**
 * The result of {@link PositionAnalysis}: per row (a read position, or beyond
 * {@link PositionCounts#EXACT} a bin of {@link #binWidth()} positions), how many of each base
 * class and of each quality value the reads have there. Positions are 0-based.
 */
public final class PositionTable {

    private final PositionPart counts;

    private PositionTable(PositionPart counts) {
        this.counts = counts;
    }

    static PositionTable of(PositionPart counts) {
        return new PositionTable(counts);
    }

    public int rows() {
        return counts.bases().length / PositionCounts.BASES;
    }

    /** The longest read's length. */
    public int longest() {
        return counts.longest();
    }

    /** Positions per row beyond {@link PositionCounts#EXACT}. */
    public int binWidth() {
        return 1 << counts.shift();
    }

    /** The first 0-based read position of {@code row}. */
    public int firstPosition(int row) {
        return row < PositionCounts.EXACT ? row
                : PositionCounts.EXACT + (row - PositionCounts.EXACT) * binWidth();
    }

    /** The last 0-based read position of {@code row} (inclusive; never past the longest read). */
    public int lastPosition(int row) {
        return row < PositionCounts.EXACT ? row
                : Math.min(longest(), firstPosition(row) + binWidth()) - 1;
    }

    /** Bases of class {@code base} ({@link PositionCounts#A} .. {@link PositionCounts#OTHER}) in {@code row}. */
    public long bases(int row, int base) {
        return counts.bases()[row * PositionCounts.BASES + base];
    }

    /** Bases in {@code row} whose quality is Phred {@code quality} (0..93). */
    public long qualities(int row, int quality) {
        return counts.qualities()[row * PositionCounts.QUALITIES + quality];
    }

    /** Every base in {@code row}: for an exact row, the reads that reach its position. */
    public long total(int row) {
        long total = 0;
        for (int base = 0; base < PositionCounts.BASES; base++) {
            total += bases(row, base);
        }
        return total;
    }

    /** The highest quality value in any row (0 without bases). */
    public int highestQuality() {
        int highest = 0;
        for (int row = 0; row < rows(); row++) {
            for (int q = highest + 1; q < PositionCounts.QUALITIES; q++) {
                if (qualities(row, q) > 0) {
                    highest = q;
                }
            }
        }
        return highest;
    }
}
