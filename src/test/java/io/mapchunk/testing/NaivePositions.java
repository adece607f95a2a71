package io.mapchunk.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FastQC's per-position figures computed the plainest way, from sorted lists of the qualities at
 * each position of {@link NaiveReads}' records: shares no code with {@code PositionCounts}. Rows are
 * laid out by the documented rule: positions 1..1000 one by one, then bins of the smallest power
 * of two that keeps them within 1,000 bins.
 */
public final class NaivePositions {

    private NaivePositions() {}

    /**
     * The rows of {@code count --per-position} (no header): label, bases, %A %C %G %T of A+C+G+T,
     * N % of all, mean quality, median, quartiles, 10th and 90th percentiles.
     */
    public static List<String> positionRows(List<NaiveReads.Read> reads) {
        int longest = reads.stream().mapToInt(r -> r.sequence().length()).max().orElse(0);
        int width = 1;
        while (longest > 1000 && (longest - 1000 + width - 1) / width > 1000) {
            width *= 2;
        }
        List<String> rows = new ArrayList<>();
        for (int first = 0; first < longest; ) {
            int last = first < 1000 ? first : Math.min(longest, first + width) - 1;
            rows.add(row(reads, first, last));
            first = last + 1;
        }
        return rows;
    }

    private static String row(List<NaiveReads.Read> reads, int first, int last) {
        long a = 0, c = 0, g = 0, t = 0, n = 0, all = 0;
        List<Integer> qualities = new ArrayList<>();
        for (NaiveReads.Read read : reads) {
            for (int p = first; p <= last && p < read.sequence().length(); p++) {
                switch (Character.toUpperCase(read.sequence().charAt(p))) {
                    case 'A' -> a++;
                    case 'C' -> c++;
                    case 'G' -> g++;
                    case 'T' -> t++;
                    case 'N' -> n++;
                    default -> { }
                }
                all++;
                qualities.add(read.quality().charAt(p) - 33);
            }
        }
        int[] sorted = qualities.stream().mapToInt(Integer::intValue).sorted().toArray();
        double acgt = a + c + g + t;
        long sum = Arrays.stream(sorted).asLongStream().sum();
        String label = first == last ? Integer.toString(first + 1) : (first + 1) + "-" + (last + 1);
        return label + "\t" + all + "\t" + a / acgt * 100 + "\t" + c / acgt * 100 + "\t"
                + g / acgt * 100 + "\t" + t / acgt * 100 + "\t" + n / (double) all * 100 + "\t"
                + (sorted.length == 0 ? 0.0 : (double) sum / sorted.length) + "\t"
                + percentile(sorted, 50) + "\t" + percentile(sorted, 25) + "\t"
                + percentile(sorted, 75) + "\t" + percentile(sorted, 10) + "\t"
                + percentile(sorted, 90);
    }

    /** FastQC's: the k-th smallest, k = n * percent / 100 rounded down; NaN up to 100 values. */
    private static double percentile(int[] sorted, int percent) {
        if (sorted.length <= 100) {
            return Double.NaN;
        }
        long k = (long) sorted.length * percent / 100;
        return sorted[(int) Math.max(0, k - 1)];
    }
}
