package io.mapchunk.analysis.count;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * {@link PairCounter}'s counts with the Vector API: chunks are copied 64 KiB at a time into an
 * array and each 4 KiB block is compared a vector at a time against itself shifted by one byte;
 * the 16 pair counts are popcounts of ANDed lane masks.
 *
 * <p>The fast path knows A C G T N (either case) and single LF line ends; the pair across an LF
 * is added per line from the bytes on either side. The byte before a block is written from the
 * carried class, so pairs cross block and chunk edges. A block with anything else (CR, IUPAC
 * codes, blank lines) is counted by the plain loop.
 */
final class VectorPairCounter extends PairCounter {

    private static final VectorSpecies<Byte> SPECIES = VectorSpecies.of(byte.class,
            VectorShape.preferredShape());
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = 4096;
    private static final int COPY = 64 << 10;
    /** Room before a block for the two bytes of history. */
    private static final int HISTORY = 2;
    private static final byte CASE = 0x20;
    private static final byte LF = '\n';

    private final byte[] copy = new byte[HISTORY + COPY + LANES];
    /** Pairs across line ends in the block being counted. */
    private final long[] crossings = new long[16];

    @Override
    void add(ByteBuffer bytes) {
        int from = bytes.position();
        int to = bytes.limit();
        for (int piece = from; piece < to; piece += COPY) {
            int pieceLength = Math.min(COPY, to - piece);
            bytes.get(piece, copy, HISTORY, pieceLength);
            for (int block = 0; block < pieceLength; block += BLOCK) {
                int blockLength = Math.min(BLOCK, pieceLength - block);
                if (first == NONE || !countBlock(HISTORY + block, blockLength)) {
                    addScalar(bytes, piece + block, piece + block + blockLength);
                }
            }
        }
    }

    /**
     * Counts {@code copy[start, start + count)} if it holds only fast-path bytes and returns true;
     * otherwise counts nothing and returns false. Needs a first class already (the carried one).
     */
    private boolean countBlock(int start, int count) {
        final byte[] in = copy;
        in[start - 2] = 'N';
        in[start - 1] = last < 4 ? (byte) "ACGT".charAt(last) : (byte) 'N';
        int end = start + count;
        int padded = start + (count + LANES - 1) / LANES * LANES;
        for (int i = end; i < padded; i++) {
            in[i] = 'N';
        }
        long[] crossings = this.crossings;
        Arrays.fill(crossings, 0);
        long aa = 0;
        long ac = 0;
        long ag = 0;
        long at = 0;
        long ca = 0;
        long cc = 0;
        long cg = 0;
        long ct = 0;
        long ga = 0;
        long gc = 0;
        long gg = 0;
        long gt = 0;
        long ta = 0;
        long tc = 0;
        long tg = 0;
        long tt = 0;
        for (int i = start; i < padded; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, in, i);
            ByteVector back = ByteVector.fromArray(SPECIES, in, i - 1);
            ByteVector folded = v.or(CASE);
            ByteVector backFolded = back.or(CASE);
            VectorMask<Byte> isA = folded.eq((byte) 'a');
            VectorMask<Byte> isC = folded.eq((byte) 'c');
            VectorMask<Byte> isG = folded.eq((byte) 'g');
            VectorMask<Byte> isT = folded.eq((byte) 't');
            VectorMask<Byte> isLf = v.eq(LF);
            VectorMask<Byte> backLf = back.eq(LF);
            if (!isA.or(isC).or(isG).or(isT).or(folded.eq((byte) 'n')).or(isLf)
                    .andNot(isLf.and(backLf)).allTrue()) {
                return false;
            }
            long secondA = isA.toLong();
            long secondC = isC.toLong();
            long secondG = isG.toLong();
            long secondT = isT.toLong();
            long firstA = backFolded.eq((byte) 'a').toLong();
            long firstC = backFolded.eq((byte) 'c').toLong();
            long firstG = backFolded.eq((byte) 'g').toLong();
            long firstT = backFolded.eq((byte) 't').toLong();
            aa += Long.bitCount(firstA & secondA);
            ac += Long.bitCount(firstA & secondC);
            ag += Long.bitCount(firstA & secondG);
            at += Long.bitCount(firstA & secondT);
            ca += Long.bitCount(firstC & secondA);
            cc += Long.bitCount(firstC & secondC);
            cg += Long.bitCount(firstC & secondG);
            ct += Long.bitCount(firstC & secondT);
            ga += Long.bitCount(firstG & secondA);
            gc += Long.bitCount(firstG & secondC);
            gg += Long.bitCount(firstG & secondG);
            gt += Long.bitCount(firstG & secondT);
            ta += Long.bitCount(firstT & secondA);
            tc += Long.bitCount(firstT & secondC);
            tg += Long.bitCount(firstT & secondG);
            tt += Long.bitCount(firstT & secondT);
            long across = backLf.toLong() & (secondA | secondC | secondG | secondT);
            while (across != 0) {
                int lane = Long.numberOfTrailingZeros(across);
                int x = classOf(in[i + lane - 2]);
                if (x < 4) {
                    crossings[x * 4 + classOf(in[i + lane])]++;
                }
                across &= across - 1;
            }
        }
        cells[0] += aa + crossings[0];
        cells[1] += ac + crossings[1];
        cells[2] += ag + crossings[2];
        cells[3] += at + crossings[3];
        cells[5] += ca + crossings[4];
        cells[6] += cc + crossings[5];
        cells[7] += cg + crossings[6];
        cells[8] += ct + crossings[7];
        cells[10] += ga + crossings[8];
        cells[11] += gc + crossings[9];
        cells[12] += gg + crossings[10];
        cells[13] += gt + crossings[11];
        cells[15] += ta + crossings[12];
        cells[16] += tc + crossings[13];
        cells[17] += tg + crossings[14];
        cells[18] += tt + crossings[15];
        for (int i = end - 1; i >= start - 1; i--) {
            if (in[i] != LF) {
                last = classOf(in[i]);
                break;
            }
        }
        return true;
    }
}
