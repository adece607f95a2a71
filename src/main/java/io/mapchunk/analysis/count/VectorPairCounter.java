package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorLanes;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;

/**
 * {@link PairCounter}'s counts with the Vector API, on the blocks of up to 128 vectors that
 * {@link VectorCountKernel} has copied into its array when it could not count the pairs itself in
 * the same loop as the bases (see there): each block is compared a vector at a time against itself
 * shifted by one and two bytes; each of the 16 pairs is an AND of two lane masks, accumulated in
 * byte lanes (on Java 17 mask reductions per vector are slow, lane sums per block are not).
 *
 * <p>The fast path knows A C G T N (either case) and single LF line ends: a base after an LF pairs
 * with the byte two back. The two bytes before a block are written from the carried class, so
 * pairs cross block and chunk edges. A block with anything else (CR, IUPAC codes, blank lines) is
 * counted by the plain loop.
 */
final class VectorPairCounter extends PairCounter {

    private static final VectorSpecies<Byte> SPECIES = VectorSpecies.of(byte.class,
            VectorShape.preferredShape());
    private static final int LANES = SPECIES.length();
    private static final byte CASE = 0x20;
    private static final byte LF = '\n';

    /** Typed as the scalar kind, so that a JVM without the module never loads this class. */
    static PairCounter newCounter() {
        return new VectorPairCounter();
    }

    /**
     * Counts a block that a count kernel has copied to {@code in[start, start + count)}, with two
     * bytes of room before it and a vector's after it, which it may overwrite; at most 255
     * vectors, so that no byte lane overflows. {@code bytes[from, from + count)} holds the same
     * bytes, for the plain loop.
     */
    @Override
    void addBlock(byte[] in, int start, int count, ByteBuffer bytes, int from) {
        if (first == NONE || !countBlock(in, start, count)) {
            addScalar(bytes, from, from + count);
        }
    }

    /**
     * Counts {@code in[start, start + count)} if it holds only fast-path bytes and returns true;
     * otherwise counts nothing and returns false. Needs a first class already (the carried one).
     */
    private boolean countBlock(byte[] in, int start, int count) {
        writeHistory(in, start);
        int end = start + count;
        int padded = VectorLanes.padToVectors(in, start, count, LANES, (byte) 'N');
        ByteVector zero = ByteVector.zero(SPECIES);
        ByteVector sumKnown = zero;
        ByteVector sumAA = zero;
        ByteVector sumAC = zero;
        ByteVector sumAG = zero;
        ByteVector sumAT = zero;
        ByteVector sumCA = zero;
        ByteVector sumCC = zero;
        ByteVector sumCG = zero;
        ByteVector sumCT = zero;
        ByteVector sumGA = zero;
        ByteVector sumGC = zero;
        ByteVector sumGG = zero;
        ByteVector sumGT = zero;
        ByteVector sumTA = zero;
        ByteVector sumTC = zero;
        ByteVector sumTG = zero;
        ByteVector sumTT = zero;
        for (int i = start; i < padded; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, in, i);
            ByteVector back = ByteVector.fromArray(SPECIES, in, i - 1);
            ByteVector folded = v.or(CASE);
            ByteVector backFolded = back.or(CASE);
            ByteVector back2Folded = ByteVector.fromArray(SPECIES, in, i - 2).or(CASE);
            VectorMask<Byte> isA = folded.eq((byte) 'a');
            VectorMask<Byte> isC = folded.eq((byte) 'c');
            VectorMask<Byte> isG = folded.eq((byte) 'g');
            VectorMask<Byte> isT = folded.eq((byte) 't');
            VectorMask<Byte> isLf = v.eq(LF);
            VectorMask<Byte> backLf = back.eq(LF);
            VectorMask<Byte> known = isA.or(isC).or(isG).or(isT).or(folded.eq((byte) 'n')).or(isLf)
                    .andNot(isLf.and(backLf));
            sumKnown = sumKnown.sub(known.toVector());
            // the base before: one back, or two back across an LF
            VectorMask<Byte> firstA = backFolded.eq((byte) 'a')
                    .or(backLf.and(back2Folded.eq((byte) 'a')));
            VectorMask<Byte> firstC = backFolded.eq((byte) 'c')
                    .or(backLf.and(back2Folded.eq((byte) 'c')));
            VectorMask<Byte> firstG = backFolded.eq((byte) 'g')
                    .or(backLf.and(back2Folded.eq((byte) 'g')));
            VectorMask<Byte> firstT = backFolded.eq((byte) 't')
                    .or(backLf.and(back2Folded.eq((byte) 't')));
            sumAA = sumAA.sub(firstA.and(isA).toVector());
            sumAC = sumAC.sub(firstA.and(isC).toVector());
            sumAG = sumAG.sub(firstA.and(isG).toVector());
            sumAT = sumAT.sub(firstA.and(isT).toVector());
            sumCA = sumCA.sub(firstC.and(isA).toVector());
            sumCC = sumCC.sub(firstC.and(isC).toVector());
            sumCG = sumCG.sub(firstC.and(isG).toVector());
            sumCT = sumCT.sub(firstC.and(isT).toVector());
            sumGA = sumGA.sub(firstG.and(isA).toVector());
            sumGC = sumGC.sub(firstG.and(isC).toVector());
            sumGG = sumGG.sub(firstG.and(isG).toVector());
            sumGT = sumGT.sub(firstG.and(isT).toVector());
            sumTA = sumTA.sub(firstT.and(isA).toVector());
            sumTC = sumTC.sub(firstT.and(isC).toVector());
            sumTG = sumTG.sub(firstT.and(isG).toVector());
            sumTT = sumTT.sub(firstT.and(isT).toVector());
        }
        if (VectorLanes.sum(sumKnown) != padded - start) {
            return false;
        }
        cells[0] += VectorLanes.sum(sumAA);
        cells[1] += VectorLanes.sum(sumAC);
        cells[2] += VectorLanes.sum(sumAG);
        cells[3] += VectorLanes.sum(sumAT);
        cells[5] += VectorLanes.sum(sumCA);
        cells[6] += VectorLanes.sum(sumCC);
        cells[7] += VectorLanes.sum(sumCG);
        cells[8] += VectorLanes.sum(sumCT);
        cells[10] += VectorLanes.sum(sumGA);
        cells[11] += VectorLanes.sum(sumGC);
        cells[12] += VectorLanes.sum(sumGG);
        cells[13] += VectorLanes.sum(sumGT);
        cells[15] += VectorLanes.sum(sumTA);
        cells[16] += VectorLanes.sum(sumTC);
        cells[17] += VectorLanes.sum(sumTG);
        cells[18] += VectorLanes.sum(sumTT);
        noteLast(in, start, end);
        return true;
    }

    /** Writes the two bytes before {@code start} from the carried class. */
    void writeHistory(byte[] in, int start) {
        in[start - 2] = 'N';
        in[start - 1] = last < 4 ? (byte) "ACGT".charAt(last) : (byte) 'N';
    }

    /** Carries the class of the last byte of {@code in[start, end)} that is no LF. */
    void noteLast(byte[] in, int start, int end) {
        for (int i = end - 1; i >= start - 1; i--) {
            if (in[i] != LF) {
                last = classOf(in[i]);
                break;
            }
        }
    }
}
