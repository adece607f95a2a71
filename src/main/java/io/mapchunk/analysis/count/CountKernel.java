package io.mapchunk.analysis.count;

import java.nio.ByteBuffer;

/**
 * The count kernel: a counting loop over one split part (the bytes of one record inside one split),
 * fed chunk by chunk in file order: a byte histogram (terminators skipped) and the CpG pair
 * counters, exact across line ends and chunk edges. Two implementations give identical counts:
 * {@link ScalarCountKernel} (plain Java) and {@link VectorCountKernel} (Vector API);
 * {@link CountKernels} makes the one {@link io.mapchunk.io.VectorApi} picks.
 */
public interface CountKernel {

    /** Starts a new part: no bases seen. */
    void reset();

    /** Counts the bytes between the buffer's position and limit (little-endian order expected). */
    void add(ByteBuffer bytes);

    /** The counts so far. */
    BaseCounts counts();

    /** Pair class of the first non-terminator byte of the part, or 0 if there is none. */
    int firstClass();

    /** C/Y class of the last non-terminator byte of the part (0 if not C or Y, or no bases). */
    int lastClass();
}
