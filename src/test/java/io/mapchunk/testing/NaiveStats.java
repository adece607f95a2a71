package io.mapchunk.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slow reference for {@code seqkit stats -a -T} and the extra statistics: parses FASTA (LF or
 * CRLF) into whole sequence strings, then follows seqkit 2.3's own steps (its length map for
 * quartiles and N50, its rounding), and the textbook definitions of Lx, Nx, auN and N runs.
 */
public final class NaiveStats {

    /** Everything computed for one file. */
    public record Stats(String row, long l50, long n90, long l90, double auN, long nRuns,
            long nLength, long below1kb) {}

    private NaiveStats() {}

    public static Stats of(String file, byte[] fasta) {
        List<String> sequences = sequences(fasta);
        if (sequences.isEmpty()) {
            return new Stats(file + "\t\t\t0\t0\t0\t0.0\t0\t0.0\t0.0\t0.0\t0\t0\t0.00\t0.00\t0.00",
                    0, 0, 0, 0, 0, 0, 0);
        }
        TreeMap<Long, Long> lengths = new TreeMap<>();
        long sum = 0;
        long gaps = 0;
        long gc = 0;
        long nRuns = 0;
        long nLength = 0;
        long below = 0;
        double squares = 0;
        Pattern runs = Pattern.compile("[Nn]+");
        for (String sequence : sequences) {
            long length = sequence.length();
            lengths.merge(length, 1L, Long::sum);
            sum += length;
            squares += (double) length * length;
            below += length < 1000 ? 1 : 0;
            for (char ch : sequence.toCharArray()) {
                gaps += "-. ".indexOf(ch) >= 0 ? 1 : 0;
                gc += "gcGC".indexOf(ch) >= 0 ? 1 : 0;
            }
            Matcher matcher = runs.matcher(sequence);
            while (matcher.find()) {
                nRuns++;
                nLength += matcher.end() - matcher.start();
            }
        }
        long count = sequences.size();
        long[] sortedDescending = sequences.stream().mapToLong(String::length).sorted().toArray();
        reverse(sortedDescending);
        String row = String.join("\t", file, "FASTA", type(sequences.get(0)),
                String.valueOf(count), String.valueOf(sum),
                String.valueOf(lengths.firstKey()), go(round((double) sum / count, 1), 1),
                String.valueOf(lengths.lastKey()), go(q1(lengths, count), 1),
                go(median(lengths, count), 1), go(q3(lengths, count), 1), String.valueOf(gaps),
                String.valueOf(n50(lengths, sum)), go(round(0.0 / sum * 100, 2), 2),
                go(round(0.0 / sum * 100, 2), 2), go(round((double) gc / sum * 100, 2), 2));
        return new Stats(row, lx(sortedDescending, sum, 50), nx(sortedDescending, sum, 90),
                lx(sortedDescending, sum, 90), sum == 0 ? 0 : squares / sum, nRuns, nLength, below);
    }

    /** The sequences of a FASTA file, headers dropped, LF or CRLF line ends removed. */
    public static List<String> sequences(byte[] fasta) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : new String(fasta, java.nio.charset.StandardCharsets.ISO_8859_1)
                .split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.startsWith(">")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static String type(String first) {
        if (first.isEmpty()) {
            return "Unlimit";
        }
        TreeSet<Character> letters = new TreeSet<>();
        for (char ch : first.substring(0, Math.min(10_000, first.length())).toCharArray()) {
            letters.add(ch);
        }
        if (subset(letters, "acgtryswkmbdhvACGTRYSWKMBDHV -.nN")) {
            return "DNA";
        }
        if (subset(letters, "acguryswkmbdhvACGURYSWKMBDHV -.nN")) {
            return "RNA";
        }
        return subset(letters, "abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ -xX*_.")
                ? "Protein" : "Unlimit";
    }

    private static boolean subset(TreeSet<Character> letters, String alphabet) {
        return letters.stream().allMatch(ch -> alphabet.indexOf(ch) >= 0);
    }

    // seqkit's bio/util.LengthStats, step by step over its map of length -> count

    private static double median(TreeMap<Long, Long> lengths, long count) {
        if (lengths.size() == 1) {
            return lengths.firstKey();
        }
        boolean even = count % 2 == 0;
        return even ? value(lengths, true, count / 2 - 1, count / 2)
                : value(lengths, false, count / 2, 0);
    }

    private static double q1(TreeMap<Long, Long> lengths, long count) {
        if (lengths.size() == 1) {
            return lengths.firstKey() / 2.0;
        }
        long n = count % 2 == 0 ? count / 2 : (count + 1) / 2;
        return n % 2 == 0 ? value(lengths, true, n / 2 - 1, n / 2) : value(lengths, false, n / 2, 0);
    }

    private static double q3(TreeMap<Long, Long> lengths, long count) {
        if (lengths.size() == 1) {
            return lengths.firstKey() / 2.0;
        }
        long n = count % 2 == 0 ? count / 2 : (count + 1) / 2;
        long mean = count / 2;
        return n % 2 == 0 ? value(lengths, true, n / 2 - 1 + mean, n / 2 + mean)
                : value(lengths, false, n / 2 + mean, 0);
    }

    private static double value(TreeMap<Long, Long> lengths, boolean even, long left, long right) {
        long accumulated = 0;
        boolean flag = false;
        long previous = 0;
        for (Map.Entry<Long, Long> entry : lengths.entrySet()) {
            accumulated += entry.getValue();
            if (flag) {
                return (entry.getKey() + previous) / 2.0;
            }
            if (accumulated >= left + 1) {
                if (even) {
                    if (accumulated >= right + 1) {
                        return entry.getKey();
                    }
                    flag = true;
                    previous = entry.getKey();
                } else {
                    return entry.getKey();
                }
            }
        }
        return 0;
    }

    private static long n50(TreeMap<Long, Long> lengths, long sum) {
        if (lengths.size() == 1) {
            return lengths.firstKey();
        }
        double covered = 0;
        for (Map.Entry<Long, Long> entry : lengths.descendingMap().entrySet()) {
            covered += (double) (entry.getKey() * entry.getValue());
            if (covered >= sum / 2.0) {
                return entry.getKey();
            }
        }
        return 0;
    }

    private static long nx(long[] descending, long sum, int percent) {
        long covered = 0;
        for (long length : descending) {
            covered += length;
            if (covered * 100 >= (long) percent * sum) {
                return length;
            }
        }
        return 0;
    }

    private static long lx(long[] descending, long sum, int percent) {
        long covered = 0;
        for (int i = 0; i < descending.length; i++) {
            covered += descending[i];
            if (covered * 100 >= (long) percent * sum) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void reverse(long[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** shenwei356/util math.Round. */
    private static double round(double value, int decimals) {
        double pow = Math.pow(10, decimals);
        double shifted = (value + 0.5 / pow) * pow;
        return (shifted < 0 ? Math.ceil(shifted) : Math.floor(shifted)) / pow;
    }

    /** Go's %.nf by exact decimal expansion. */
    private static String go(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
