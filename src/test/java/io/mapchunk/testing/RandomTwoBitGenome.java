package io.mapchunk.testing;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random genomes a {@code .2bit} can hold exactly (A/C/G/T/N in either case) as a FASTA twin and
 * its .2bit (by {@link TwoBitWriter}): records of any length (empty and 1-3 bases too) made of
 * runs of upper- and lowercase bases and N, so N blocks and mask blocks fall at record starts and
 * ends, next to each other, inside each other and across any split edge.
 */
public record RandomTwoBitGenome(List<String> names, List<String> sequences, byte[] fasta,
        byte[] twoBit, int version, ByteOrder order) {

    public static RandomTwoBitGenome generate(long seed) {
        Random random = new Random(seed);
        int records = random.nextInt(6);
        List<String> names = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        StringBuilder fasta = new StringBuilder();
        int width = 1 + random.nextInt(random.nextBoolean() ? 10 : 80);
        for (int r = 0; r < records; r++) {
            String name = "chr" + r + (random.nextBoolean() ? "_random" : "");
            String sequence = sequence(random);
            names.add(name);
            sequences.add(sequence);
            fasta.append('>').append(name).append('\n');
            for (int i = 0; i < sequence.length(); i += width) {
                fasta.append(sequence, i, Math.min(sequence.length(), i + width)).append('\n');
            }
        }
        int version = random.nextInt(2);
        ByteOrder order = random.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        byte[] twoBit = TwoBitWriter.write(names, sequences, version, order, random);
        return new RandomTwoBitGenome(names, sequences,
                fasta.toString().getBytes(StandardCharsets.US_ASCII), twoBit, version, order);
    }

    private static String sequence(Random random) {
        int length = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(4);
            case 2 -> random.nextInt(3000);
            default -> random.nextInt(400);
        };
        StringBuilder sequence = new StringBuilder(length);
        while (sequence.length() < length) {
            int run = 1 + random.nextInt(random.nextBoolean() ? 4 : 60);
            boolean lower = random.nextInt(3) == 0;
            boolean n = random.nextInt(5) == 0;
            for (int i = 0; i < run && sequence.length() < length; i++) {
                char base = n ? 'N' : "ACGTCG".charAt(random.nextInt(6));
                sequence.append(lower ? Character.toLowerCase(base) : base);
            }
        }
        return sequence.toString();
    }
}
