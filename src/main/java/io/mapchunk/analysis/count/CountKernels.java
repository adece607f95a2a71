package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Nullable;

/**
 * Makes the count kernel and its pair counter, the vector or the scalar ones as {@link VectorApi}
 * says, and logs which kernel counts (once, and again when the choice changes): for
 * {@link CountAnalysis}, the tests and the benchmarks.
 */
public final class CountKernels {

    private static final Logger LOG = LoggerFactory.getLogger(CountKernels.class);
    /** The kernel last logged: the choice is logged once, and again only if it changes. */
    private static volatile Boolean logged;

    private CountKernels() {}

    /** A kernel that counts bases only. */
    public static CountKernel create() {
        return create(VectorApi.enabled(), null);
    }

    /** A kernel that also counts dinucleotides in the same sweep (for benchmarks). */
    public static CountKernel withPairs() {
        boolean vector = VectorApi.enabled();
        return create(vector, pairCounter(vector));
    }

    /** The pair counter for {@link #create(boolean, PairCounter)}: the vector one if asked. */
    static PairCounter pairCounter(boolean vector) {
        return vector ? VectorPairCounter.newCounter() : new PairCounter();
    }

    /**
     * The vector kernel if {@code vector} ({@link VectorApi#enabled()}'s answer), else the scalar
     * one; it also counts the dinucleotides of every byte it is given into {@code pairs} (when not
     * null), in the same sweep.
     */
    static CountKernel create(boolean vector, @Nullable PairCounter pairs) {
        if (!Boolean.valueOf(vector).equals(logged)) {
            logged = vector;
            LOG.info("Counting kernel: {}", vector
                    ? "vector (jdk.incubator.vector, " + VectorCountKernel.describe() + ")"
                    : "scalar" + (VectorApi.available() ? "" : " (jdk.incubator.vector not present)"));
        }
        return vector ? VectorCountKernel.newKernel(pairs) : new ScalarCountKernel(pairs);
    }
}
