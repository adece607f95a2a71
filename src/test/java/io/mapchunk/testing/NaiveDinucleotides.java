package io.mapchunk.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Dinucleotide counts the slow, obvious way: split the file into lines (LF, CRLF or CR), join each
 * record's sequence lines into one string, and look at every adjacent pair of characters.
 */
public final class NaiveDinucleotides {

    private static final String BASES = "ACGT";

    private NaiveDinucleotides() {}

    /** Per record in file order: 16 counts, AA AC AG AT CA ... TT. */
    public static List<long[]> fasta(byte[] file) {
        List<StringBuilder> sequences = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.startsWith(">")) {
                sequences.add(new StringBuilder());
            } else if (!sequences.isEmpty()) {
                sequences.get(sequences.size() - 1).append(line);
            }
        }
        return sequences.stream().map(s -> pairs(s.toString())).toList();
    }

    /** The single record of a raw sequence file. */
    public static long[] raw(byte[] file) {
        return pairs(String.join("", lines(file)));
    }

    static long[] pairs(String sequence) {
        long[] counts = new long[16];
        for (int i = 0; i + 1 < sequence.length(); i++) {
            int first = BASES.indexOf(Character.toUpperCase(sequence.charAt(i)));
            int second = BASES.indexOf(Character.toUpperCase(sequence.charAt(i + 1)));
            if (first >= 0 && second >= 0) {
                counts[first * 4 + second]++;
            }
        }
        return counts;
    }

    private static List<String> lines(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
