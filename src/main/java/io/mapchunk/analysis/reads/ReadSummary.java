package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis;
import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.Dinucleotides;

import java.util.Arrays;

/**
 * What a reads file (or one split of it) holds, in flat memory whatever the number of reads:
 * counts of the sequence bytes and of adjacent pairs within reads, the read-length histogram, the
 * Phred histogram, the per-read GC histogram, and the letters of the first read (from which seqkit
 * guesses the alphabet). Everything {@code stats}, {@code count} and the report print is derived
 * from these by the methods here; {@link ReadTally} makes and merges them.
 *
 * <p>Public fields and a no-argument constructor, so that Flink serializes it as a POJO; read it
 * through the methods.
 */
public final class ReadSummary {

    /** Phred values 0..{@value} (Phred+33 quality bytes {@code !}..{@code ~}). */
    public static final int MAX_PHRED = 93;
    /** Quality bytes are Phred + this. */
    public static final int PHRED_OFFSET = 33;
    /** Per-read GC bins: 0..100 %. */
    public static final int GC_BINS = 101;

    /** Pair classes of a read's bytes, for {@link #pairCells}: A C G T, Y, R, other. */
    static final int A = 0;
    static final int C = 1;
    static final int G = 2;
    static final int T = 3;
    static final int Y = 4;
    static final int R = 5;
    static final int OTHER = 6;
    static final int CLASSES = 7;
    /** The row of the first byte of a read, which no byte precedes. */
    static final int START = 7;
    static final int PAIR_CELLS = (START + 1) * CLASSES;

    /** The number of reads. */
    public long readCount;
    /** Sequence bytes by value (line ends are never part of a read's sequence). */
    public long[] byteCounts = new long[256];
    /** {@code first * CLASSES + second} for adjacent bytes of one read; first {@link #START} for a read's first byte. */
    public long[] pairCells = new long[PAIR_CELLS];
    /** Distinct read lengths, ascending, and how many reads have each. */
    public long[] lengthValues = new long[0];
    public long[] lengthCounts = new long[0];
    /** Bases by Phred value. */
    public long[] phredCounts = new long[MAX_PHRED + 1];
    /** Reads by GC % (rounded, half up), among reads with any A, C, G or T. */
    public long[] gcPercentCounts = new long[GC_BINS];
    /** The distinct bytes (ascending) of the first read's first {@link LeadingAlphabetAnalysis#LIMIT} bases. */
    public int[] leadingLetters = new int[0];
    /** The length of the first read; -1 without reads. */
    public long firstReadLength = -1;

    public ReadSummary() {}

    public long reads() {
        return readCount;
    }

    /**
     * The base counts of all reads (CpG and the (C|Y)(G|R) context pairs counted within reads,
     * never across two): the counts {@code count} prints for a FASTA record.
     */
    public BaseCounts baseCounts() {
        BaseCounts counts = BaseCounts.ofBytes(byteCounts);
        counts.cpg = pairCells[C * CLASSES + G];
        for (int first : new int[] {C, Y}) {
            for (int second : new int[] {G, R}) {
                long pairs = pairCells[first * CLASSES + second];
                counts.cpgContextPairs += pairs;
                counts.cpgContextTransitions += (first == Y ? pairs : 0) + (second == R ? pairs : 0);
            }
        }
        return counts;
    }

    /** The dinucleotides within reads, in the order of {@link Dinucleotides#PAIRS}. */
    public long[] dinucleotides() {
        long[] pairs = new long[Dinucleotides.PAIRS.size()];
        for (int first = A; first <= T; first++) {
            for (int second = A; second <= T; second++) {
                pairs[first * 4 + second] = pairCells[first * CLASSES + second];
            }
        }
        return pairs;
    }

    /** The read lengths' statistics, from their histogram. */
    public LengthStats lengths() {
        return LengthStats.ofHistogram(lengthValues, lengthCounts);
    }

    /** Bases by Phred value 0..{@link #MAX_PHRED} (do not change). */
    public long[] phredHistogram() {
        return phredCounts;
    }

    /** Bases of Phred {@code q} or more (Q20, Q30 as seqkit counts them). */
    public long basesAtLeast(int q) {
        long bases = 0;
        for (int phred = q; phred <= MAX_PHRED; phred++) {
            bases += phredCounts[phred];
        }
        return bases;
    }

    /** The sum of every base's Phred value. */
    public long phredSum() {
        long sum = 0;
        for (int phred = 0; phred <= MAX_PHRED; phred++) {
            sum += phred * phredCounts[phred];
        }
        return sum;
    }

    /** The sum of every base's error probability, 10^(-q/10). */
    public double errorProbabilitySum() {
        double sum = 0;
        for (int phred = 0; phred <= MAX_PHRED; phred++) {
            sum += phredCounts[phred] * Math.pow(10, -phred / 10.0);
        }
        return sum;
    }

    /** The arithmetic mean of the Phred values; NaN without bases. */
    public double meanPhred() {
        return (double) phredSum() / basesWithQuality();
    }

    /**
     * The mean quality as seqkit and fastp average it: the mean error probability turned back into
     * Phred, {@code -10 * log10(sum(10^(-q/10)) / bases)}; NaN without bases.
     */
    public double meanQualityByError() {
        return -10 * Math.log10(errorProbabilitySum() / basesWithQuality());
    }

    /** Reads by GC % 0..100 (do not change): FastQC's "per sequence GC content". */
    public long[] gcHistogram() {
        return gcPercentCounts;
    }

    /** The letters the first read begins with, as seqkit's alphabet guess reads them. */
    public LeadingAlphabetAnalysis.Letters firstLetters() {
        return new LeadingAlphabetAnalysis.Letters(readCount > 0, leadingLetters);
    }

    /** The length of the first read, -1 without reads. */
    public long firstReadLength() {
        return firstReadLength;
    }

    private long basesWithQuality() {
        return Arrays.stream(phredCounts).sum();
    }
}
