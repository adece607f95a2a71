package io.mapchunk.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An independent FASTA to {@code .2bit} writer for tests, written from the format's description
 * (not from mapchunk's reader): header, index, then per record dnaSize, N blocks, mask blocks,
 * reserved and the packed bases (T=0 C=1 A=2 G=3, first base in the high bits). Anything but
 * A/C/G/T becomes N, as {@code faToTwoBit} does. Random choices (when {@code random} is given)
 * put random codes under N blocks and cut runs into adjacent blocks, both of which the format
 * allows.
 */
public final class TwoBitWriter {

    private TwoBitWriter() {}

    public static byte[] write(List<String> names, List<String> sequences, int version,
            ByteOrder order, Random random) {
        List<byte[]> bodies = new ArrayList<>();
        for (String sequence : sequences) {
            bodies.add(record(sequence, order, random));
        }
        int indexSize = 0;
        for (String name : names) {
            indexSize += 1 + name.length() + (version == 0 ? 4 : 8);
        }
        long offset = 16 + indexSize;
        ByteBuffer header = ByteBuffer.allocate(16 + indexSize).order(order);
        header.putInt(0x1A412743).putInt(version).putInt(names.size()).putInt(0);
        for (int r = 0; r < names.size(); r++) {
            byte[] name = names.get(r).getBytes(StandardCharsets.ISO_8859_1);
            header.put((byte) name.length).put(name);
            if (version == 0) {
                header.putInt((int) offset);
            } else {
                header.putLong(offset);
            }
            offset += bodies.get(r).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        bodies.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] record(String sequence, ByteOrder order, Random random) {
        int length = sequence.length();
        List<int[]> nBlocks = runs(sequence, true, random);
        List<int[]> maskBlocks = runs(sequence, false, random);
        int packedBytes = (length + 3) / 4;
        ByteBuffer out = ByteBuffer.allocate(4 + 4 + 8 * nBlocks.size() + 4 + 8 * maskBlocks.size()
                + 4 + packedBytes).order(order);
        out.putInt(length);
        blocks(out, nBlocks);
        blocks(out, maskBlocks);
        out.putInt(0);
        for (int i = 0; i < packedBytes; i++) {
            int value = 0;
            for (int j = 0; j < 4; j++) {
                int at = 4 * i + j;
                int code = at < length ? code(sequence.charAt(at), random) : 0;
                value |= code << (6 - 2 * j);
            }
            out.put((byte) value);
        }
        return out.array();
    }

    private static void blocks(ByteBuffer out, List<int[]> blocks) {
        out.putInt(blocks.size());
        blocks.forEach(block -> out.putInt(block[0]));
        blocks.forEach(block -> out.putInt(block[1]));
    }

    /** Runs of N (or of lowercase letters) as (start, size), some cut in two adjacent blocks. */
    private static List<int[]> runs(String sequence, boolean n, Random random) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= sequence.length(); i++) {
            boolean in = i < sequence.length() && (n ? !isAcgt(sequence.charAt(i))
                    : Character.isLowerCase(sequence.charAt(i)));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                int size = i - start;
                if (random != null && size > 1 && random.nextInt(4) == 0) {
                    int cut = 1 + random.nextInt(size - 1);
                    runs.add(new int[] {start, cut});
                    runs.add(new int[] {start + cut, size - cut});
                } else {
                    runs.add(new int[] {start, size});
                }
                start = -1;
            }
        }
        return runs;
    }

    private static boolean isAcgt(char c) {
        return "ACGTacgt".indexOf(c) >= 0;
    }

    private static int code(char c, Random random) {
        return switch (Character.toUpperCase(c)) {
            case 'T' -> 0;
            case 'C' -> 1;
            case 'A' -> 2;
            case 'G' -> 3;
            default -> random == null ? 0 : random.nextInt(4);
        };
    }

    /** The text {@code twoBitToFa} prints for {@code sequence}: non-ACGT as N, case kept. */
    public static String twoBitText(String sequence) {
        StringBuilder text = new StringBuilder(sequence.length());
        for (char c : sequence.toCharArray()) {
            text.append(isAcgt(c) ? c : Character.isLowerCase(c) ? 'n' : 'N');
        }
        return text.toString();
    }
}
