package io.mapchunk.analysis.count;

import java.util.List;

/**
 * Dinucleotide frequencies: adjacent pairs of two A/C/G/T bases, either case, across line ends
 * and split edges, in the order AA, AC, AG, AT, CA, ..., TT ({@link #PAIRS}). A pair that touches
 * N, an IUPAC code or any other byte is not counted. Parts are counted where they are read, in
 * the same sweep as the base counts ({@link CountAnalysis#withDinucleotides()}); the client adds
 * the pair across each part edge from the classes of the bases on either side.
 */
public final class Dinucleotides {

    /** The 16 pair names, in the order of the counts. */
    public static final List<String> PAIRS = List.of("AA", "AC", "AG", "AT", "CA", "CC", "CG", "CT",
            "GA", "GC", "GG", "GT", "TA", "TC", "TG", "TT");

    private static final int NONE = PairCounter.NONE;

    /**
     * The pair counts of one part ({@code (first * 5 + second)}, 25 cells of which the 16 of two
     * bases are kept), and the classes of its first and last bytes other than line ends
     * ({@link PairCounter#NONE} when it has none).
     */
    public record Part(long[] cells, int first, int last) {}

    private Dinucleotides() {}

    /**
     * Adds {@code part}, which follows a part whose last class is {@code lastBefore}, to the pairs
     * of its record; returns the last class after it.
     */
    static int add(long[] record, int lastBefore, Part part) {
        if (part.first() == NONE) {
            return lastBefore;
        }
        if (lastBefore != NONE && lastBefore < 4 && part.first() < 4) {
            record[lastBefore * 4 + part.first()]++;
        }
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                record[a * 4 + b] += part.cells()[a * 5 + b];
            }
        }
        return part.last();
    }
}
