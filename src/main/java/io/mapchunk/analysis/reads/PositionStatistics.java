package io.mapchunk.analysis.reads;

/**
 * FastQC 0.11.9's figures for one row of a {@link PositionTable}, computed as FastQC computes
 * them (its {@code QualityCount}, {@code PerBaseQualityScores}, {@code PerBaseSequenceContent},
 * {@code NContent}), so that printed with {@link Double#toString} they read as its
 * {@code fastqc_data.txt} does under {@code --nogroup}. Qualities are Phred+33 (FastQC guesses
 * Phred+64 for a file whose lowest quality byte is {@code @} or above; mapchunk does not).
 * A bin row beyond {@link PositionCounts#EXACT} pools its positions' qualities into one
 * histogram; FastQC, grouping, averages its positions' figures instead.
 */
public final class PositionStatistics {

    /** FastQC gives a percentile only for a position with more qualities than this. */
    public static final long PERCENTILE_MINIMUM = 100;

    private PositionStatistics() {}

    /** The mean quality; 0 for a row without bases, as FastQC prints it. */
    public static double meanQuality(PositionTable table, int row) {
        long sum = 0;
        long count = 0;
        for (int q = 0; q < PositionCounts.QUALITIES; q++) {
            long n = table.qualities(row, q);
            sum += n * q;
            count += n;
        }
        return count == 0 ? 0 : (double) sum / count;
    }

    /**
     * FastQC's percentile: the lowest quality whose cumulative count reaches
     * {@code count * percent / 100} (integer division); NaN for a row of at most
     * {@link #PERCENTILE_MINIMUM} qualities.
     */
    public static double qualityPercentile(PositionTable table, int row, int percent) {
        long count = 0;
        for (int q = 0; q < PositionCounts.QUALITIES; q++) {
            count += table.qualities(row, q);
        }
        if (count <= PERCENTILE_MINIMUM) {
            return Double.NaN;
        }
        long reach = count * percent / 100;
        long cumulative = 0;
        for (int q = 0; q < PositionCounts.QUALITIES; q++) {
            cumulative += table.qualities(row, q);
            if (cumulative >= reach) {
                return q;
            }
        }
        throw new IllegalStateException("the cumulative count never reaches " + reach);
    }

    /** {@code base} (A, C, G or T) as a percentage of the row's A, C, G and T; NaN without any. */
    public static double contentPercent(PositionTable table, int row, int base) {
        long acgt = 0;
        for (int b = PositionCounts.A; b <= PositionCounts.T; b++) {
            acgt += table.bases(row, b);
        }
        return (table.bases(row, base) / (double) acgt) * 100;
    }

    /** N as a percentage of every base in the row (FastQC's "per base N content"). */
    public static double nPercent(PositionTable table, int row) {
        return 100 * (table.bases(row, PositionCounts.N) / (double) table.total(row));
    }
}
