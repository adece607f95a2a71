package io.mapchunk.testing;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random FASTA with the uniform line widths an index needs (one width per record, LF or CRLF),
 * with its {@code .fai} worked out while writing and each record's sequence kept as text, so
 * tests can check windowed counts without any project code.
 */
public record UniformFasta(byte[] bytes, FastaIndex index, List<String> sequences) {

    private static final String BASES = "ACGTACGTacgtGCgcNRYKMSW";

    public static UniformFasta generate(long seed) {
        Random random = new Random(seed);
        String ending = random.nextBoolean() ? "\n" : "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<FaiEntry> entries = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        int records = 1 + random.nextInt(5);
        for (int r = 0; r < records; r++) {
            String name = "chr" + r;
            out.writeBytes((">" + name + (random.nextBoolean() ? " some description" : "") + ending)
                    .getBytes(StandardCharsets.ISO_8859_1));
            int length = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 80 : 4000);
            int width = 1 + random.nextInt(random.nextBoolean() ? 12 : 120);
            StringBuilder sequence = new StringBuilder();
            while (sequence.length() < length) {
                if (random.nextInt(40) == 0) {
                    sequence.append("N".repeat(Math.min(length - sequence.length(), 1 + random.nextInt(300))));
                } else {
                    sequence.append(BASES.charAt(random.nextInt(BASES.length())));
                }
            }
            entries.add(new FaiEntry(name, length, out.size(), width, width + ending.length()));
            for (int i = 0; i < length; i += width) {
                out.writeBytes((sequence.substring(i, Math.min(length, i + width)) + ending)
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            sequences.add(sequence.toString());
        }
        return new UniformFasta(out.toByteArray(), new FastaIndex(entries), sequences);
    }
}
