package io.mapchunk.testing;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Random FASTA layouts for property tests: any number of records (empty ones too), uniform or
 * uneven line widths, LF/CRLF/CR line ends, lowercase runs, IUPAC codes, odd bytes, long headers
 * with spaces and '>' inside.
 */
public final class RandomFasta {

    private static final String BASES = "ACGTacgtACGTacgtNnCGcgRYSWKMBDHVrywskmbdhvXU-*";
    private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

    private RandomFasta() {}

    public static byte[] generate(long seed) {
        Random random = new Random(seed);
        String ending = ENDINGS[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int records = random.nextInt(7);
        for (int r = 0; r < records; r++) {
            StringBuilder header = new StringBuilder(">seq").append(r);
            if (random.nextBoolean()) {
                header.append(" description with > and spaces ").append("x".repeat(random.nextInt(40)));
            }
            write(out, header + ending);
            int length = random.nextInt(5) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 50 : 600);
            int width = 1 + random.nextInt(random.nextBoolean() ? 10 : 100);
            boolean uneven = random.nextInt(5) == 0;
            int column = 0;
            for (int i = 0; i < length; i++) {
                out.write(base(random));
                column++;
                if (column >= width) {
                    write(out, ending);
                    column = 0;
                    if (uneven) {
                        width = 1 + random.nextInt(100);
                    }
                }
            }
            if (column > 0 || random.nextInt(4) == 0) {
                write(out, ending);
            }
            if (random.nextInt(8) == 0) {
                write(out, ending); // blank line
            }
        }
        return out.toByteArray();
    }

    /** A raw sequence file: bases only, no header, no newlines. */
    public static byte[] raw(long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[1 + random.nextInt(3000)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) "ACGTacgtNCGRY".charAt(random.nextInt(13));
        }
        return bytes;
    }

    private static int base(Random random) {
        int roll = random.nextInt(100);
        if (roll == 0) {
            return 0xC3; // a non-ASCII byte: counted as "other"
        }
        if (roll < 75) {
            return "ACGTCGacgtcg".charAt(random.nextInt(12));
        }
        return BASES.charAt(random.nextInt(BASES.length()));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }
}
