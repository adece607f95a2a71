package io.mapchunk.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random FASTQ for property tests: 0 to 40 reads of 0 to 300 bases (a few up to 3,000) drawn from
 * upper and lower case bases, N, IUPAC codes, gap letters and other letters; qualities anywhere in
 * {@code !}..{@code ~}, often beginning with {@code @} or {@code +} (so a quality line looks like a
 * header or a {@code +} line); LF or CRLF line ends, {@code +} lines bare or repeating the name,
 * and the last line end sometimes left out. {@link #generate(long, int)} draws the few long reads
 * up to a longer length.
 */
public final class RandomFastq {

    private static final String BASES = "ACGTACGTACGTacgtacgtNnRYSWKMBDHVryswkmbdhvU-.*EQ";

    private RandomFastq() {}

    public static byte[] generate(long seed) {
        return generate(seed, 3000);
    }

    /** As {@link #generate(long)}, with the long reads (one in twenty) up to {@code longest} bases. */
    public static byte[] generate(long seed, int longest) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        int reads = random.nextInt(41);
        boolean crlf = random.nextInt(3) == 0;
        String end = crlf ? "\r\n" : "\n";
        String alphabet = random.nextBoolean() ? "ACGT" : BASES;
        for (int r = 0; r < reads; r++) {
            int length = random.nextInt(20) == 0 ? random.nextInt(longest + 1) : random.nextInt(301);
            String name = "r" + r + (random.nextBoolean() ? " some comment" : "");
            StringBuilder sequence = new StringBuilder();
            StringBuilder quality = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sequence.append(alphabet.charAt(random.nextInt(alphabet.length())));
                quality.append((char) ('!' + random.nextInt(94)));
            }
            if (length > 0 && random.nextInt(3) == 0) {
                quality.setCharAt(0, random.nextBoolean() ? '@' : '+');
            }
            out.append('@').append(name).append(end).append(sequence).append(end)
                    .append('+').append(random.nextInt(4) == 0 ? name : "").append(end)
                    .append(quality);
            if (r < reads - 1 || random.nextInt(4) != 0) {
                out.append(end);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
