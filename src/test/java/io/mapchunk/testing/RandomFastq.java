package io.mapchunk.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random single-line FASTQ for property tests: reads of 0..300 bases and now and then a long one
 * (up to 40,000, so positions fall into bins), bases in either case with N and IUPAC codes,
 * qualities over all of {@code !}..{@code ~} that often begin with {@code @} or {@code +}, a
 * {@code +} line that sometimes repeats the name, LF or CRLF chosen per line, and a last line end
 * or none.
 */
public final class RandomFastq {

    private static final String BASES = "ACGTACGTACGTacgtNnRYKMSWBDHV";

    private RandomFastq() {}

    public static byte[] generate(long seed) {
        Random random = new Random(seed);
        int reads = random.nextInt(40);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < reads; r++) {
            int length = random.nextInt(20) == 0 ? 1000 + random.nextInt(random.nextBoolean()
                    ? 1500 : 39_000) : random.nextInt(301);
            String name = "r" + r + (random.nextBoolean() ? " len=" + length : "");
            out.append('@').append(name).append(lineEnd(random));
            for (int i = 0; i < length; i++) {
                out.append(BASES.charAt(random.nextInt(BASES.length())));
            }
            out.append(lineEnd(random)).append('+').append(random.nextInt(4) == 0 ? name : "")
                    .append(lineEnd(random));
            for (int i = 0; i < length; i++) {
                char quality = (char) ('!' + random.nextInt(94));
                if (i == 0 && random.nextBoolean()) {
                    quality = random.nextBoolean() ? '@' : '+';
                }
                out.append(quality);
            }
            if (r < reads - 1 || random.nextBoolean()) {
                out.append(lineEnd(random));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    private static String lineEnd(Random random) {
        return random.nextInt(3) == 0 ? "\r\n" : "\n";
    }
}
