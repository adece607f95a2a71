package io.mapchunk.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Expected read figures of a FASTQ file, by the simplest reading there is: split the text into
 * lines, take them four at a time, look at each character. Shares no code with the production
 * FASTQ parser or read tally.
 */
public final class NaiveReads {

    /** The figures of one file. */
    public record Figures(long reads, List<Long> lengths, long[] byteCounts, long cpg,
            long contextPairs, long contextTransitions, long[] dinucleotides, long[] phred,
            long[] gcPercent, int[] firstLetters, long firstLength) {}

    private NaiveReads() {}

    /** One record's sequence and quality lines. */
    public record Read(String sequence, String quality) {}

    /** The file's records, four lines each. */
    public static List<Read> reads(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        List<Read> reads = new ArrayList<>();
        for (int r = 0; r + 3 < lines.size(); r += 4) {
            reads.add(new Read(lines.get(r + 1), lines.get(r + 3)));
        }
        return reads;
    }

    public static Figures of(byte[] file) {
        List<Read> reads = reads(file);
        long[] bytes = new long[256];
        long[] dinucleotides = new long[16];
        long[] phred = new long[94];
        long[] gc = new long[101];
        List<Long> lengths = new ArrayList<>();
        long cpg = 0;
        long contextPairs = 0;
        long transitions = 0;
        int[] firstLetters = new int[0];
        long firstLength = -1;
        for (int r = 0; r < reads.size(); r++) {
            String sequence = reads.get(r).sequence();
            String quality = reads.get(r).quality();
            if (r == 0) {
                firstLength = sequence.length();
                TreeSet<Integer> letters = new TreeSet<>();
                sequence.chars().limit(10_000).forEach(letters::add);
                firstLetters = letters.stream().mapToInt(Integer::intValue).toArray();
            }
            lengths.add((long) sequence.length());
            long gcBases = 0;
            long acgt = 0;
            for (int i = 0; i < sequence.length(); i++) {
                char base = sequence.charAt(i);
                bytes[base]++;
                char upper = Character.toUpperCase(base);
                gcBases += upper == 'G' || upper == 'C' ? 1 : 0;
                acgt += "ACGT".indexOf(upper) >= 0 ? 1 : 0;
                if (i > 0) {
                    char before = Character.toUpperCase(sequence.charAt(i - 1));
                    int first = "ACGT".indexOf(before);
                    int second = "ACGT".indexOf(upper);
                    if (first >= 0 && second >= 0) {
                        dinucleotides[first * 4 + second]++;
                    }
                    cpg += before == 'C' && upper == 'G' ? 1 : 0;
                    if ((before == 'C' || before == 'Y') && (upper == 'G' || upper == 'R')) {
                        contextPairs++;
                        transitions += (before == 'Y' ? 1 : 0) + (upper == 'R' ? 1 : 0);
                    }
                }
            }
            if (acgt > 0) {
                gc[(int) Math.floor(100.0 * gcBases / acgt + 0.5)]++;
            }
            for (int i = 0; i < quality.length(); i++) {
                phred[quality.charAt(i) - 33]++;
            }
        }
        return new Figures(lengths.size(), lengths, bytes, cpg, contextPairs, transitions,
                dinucleotides, phred, gc, firstLetters, firstLength);
    }
}
