package io.mapchunk.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random single-line FASTQ for property tests, with the layouts that fool a naive reader: quality
 * lines that begin with {@code @} or {@code +} (often), {@code +} lines that repeat the name, empty
 * reads, names with spaces and {@code @}, LF and CRLF (mixed per record), a last record with or
 * without its line end (or followed by blank lines), now and then a long read. {@link Fastq#records} says where each record
 * is, by construction: the reference the readers are checked against.
 */
public final class RandomFastq {

    private static final String BASES = "ACGTACGTACGTacgtNnRYSWKMBDHV";

    /** A generated file and where its records are. */
    public record Fastq(byte[] bytes, List<Record> records) {}

    /** One record: its first byte, its bytes (all four lines, line ends included), name, bases, qualities. */
    public record Record(long offset, byte[] bytes, String name, String sequence, String quality) {}

    private RandomFastq() {}

    public static Fastq generate(long seed) {
        Random random = new Random(seed);
        int count = random.nextInt(5) == 0 ? random.nextInt(3) : random.nextInt(40);
        int longest = random.nextInt(4) == 0 ? 2000 : 160;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Record> records = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            boolean crlf = random.nextInt(4) == 0;
            String end = crlf ? "\r\n" : "\n";
            String name = "r" + r + (random.nextBoolean() ? " 1:N:0:@AC+GT len=" + r : "");
            int length = random.nextInt(6) == 0 ? 0 : random.nextInt(longest);
            if (random.nextInt(60) == 0) {
                length = 20_000 + random.nextInt(80_000);
            }
            StringBuilder sequence = new StringBuilder(length);
            StringBuilder quality = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sequence.append(BASES.charAt(random.nextInt(BASES.length())));
                quality.append((char) ('!' + random.nextInt(94)));
            }
            if (length > 0 && random.nextInt(3) == 0) {
                quality.setCharAt(0, random.nextBoolean() ? '@' : '+');
            }
            String plus = random.nextInt(4) == 0 ? "+" + name : "+";
            boolean last = r == count - 1;
            boolean unended = last && random.nextInt(3) == 0;
            String text = "@" + name + end + sequence + end + plus + end + quality
                    + (unended ? "" : end);
            boolean blankTail = last && !unended && random.nextInt(8) == 0;
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            records.add(new Record(out.size(), bytes, name, sequence.toString(),
                    quality.toString()));
            out.writeBytes(bytes);
            if (blankTail) {
                out.writeBytes("\n\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return new Fastq(out.toByteArray(), records);
    }
}
