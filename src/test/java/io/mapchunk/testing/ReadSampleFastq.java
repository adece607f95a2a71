package io.mapchunk.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random FASTQ for the read-sample tests, kept as its records so a test can say what a sample of
 * them must hold: reads of 0 to 300 bases (N included), Casava comments, {@code +} lines that
 * repeat the name, quality lines that begin with {@code @} or {@code +}, LF or CRLF line ends.
 * Pairs are two lists whose names differ only by {@code /1} and {@code /2}.
 */
public final class ReadSampleFastq {

    /** One record's four lines without their line ends (header and plus without @ and +). */
    public record Read(String header, String bases, String plus, String qualities) {

        /** The record as a sample writes it: {@code \n} line ends. */
        public String fastq() {
            return "@" + header + "\n" + bases + "\n+" + plus + "\n" + qualities + "\n";
        }

        public String fasta() {
            return ">" + header + "\n" + bases + "\n";
        }
    }

    private ReadSampleFastq() {}

    /** Up to {@code most} reads; with {@code mate} 1 or 2, names end in /1 or /2. */
    public static List<Read> reads(long seed, int most, int mate) {
        Random random = new Random(seed);
        int count = random.nextInt(most + 1);
        List<Read> reads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reads.add(read(random, "read" + i + (mate > 0 ? "/" + mate : "")));
        }
        return reads;
    }

    /** The mates of {@code firsts}: the same names with /2 for /1, other bases. */
    public static List<Read> mates(List<Read> firsts, long seed) {
        Random random = new Random(seed);
        List<Read> mates = new ArrayList<>(firsts.size());
        for (Read first : firsts) {
            String name = first.header().split(" ")[0].replace("/1", "/2");
            mates.add(read(random, name));
        }
        return mates;
    }

    private static Read read(Random random, String name) {
        String header = name + (random.nextInt(3) == 0 ? " 1:N:0:ACGT" : "");
        int length = random.nextInt(8) == 0 ? random.nextInt(3) : random.nextInt(300);
        StringBuilder bases = new StringBuilder();
        StringBuilder qualities = new StringBuilder();
        for (int j = 0; j < length; j++) {
            bases.append("ACGTN".charAt(random.nextInt(random.nextInt(20) == 0 ? 5 : 4)));
            qualities.append(j == 0 && random.nextBoolean() ? (random.nextBoolean() ? '@' : '+')
                    : (char) ('!' + random.nextInt(94)));
        }
        String plus = random.nextInt(4) == 0 ? header : "";
        return new Read(header, bases.toString(), plus, qualities.toString());
    }

    /** The file of {@code reads}, CRLF line ends when {@code crlf}. */
    public static byte[] file(List<Read> reads, boolean crlf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Read read : reads) {
            String text = read.fastq();
            out.writeBytes((crlf ? text.replace("\n", "\r\n") : text)
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }
}
