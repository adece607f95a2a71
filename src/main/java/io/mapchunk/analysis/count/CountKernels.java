package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Nullable;

/**
 * Chooses the counting kernel at run time: the Vector API kernel when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, else the plain one. The system property
 * {@code mapchunk.kernel=scalar|vector} forces a choice (benchmarks, tests). The vector classes are
 * referenced only behind the module check, so they are never loaded on a JVM without the module.
 */
public final class CountKernels {

    /** System property that forces a kernel: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = VectorApi.PROPERTY;

    private static final Logger LOG = LoggerFactory.getLogger(CountKernels.class);
    /** The kernel last logged: the choice is logged once, and again only if it changes. */
    private static volatile Boolean logged;

    private CountKernels() {}

    /** The kernel named by {@value #PROPERTY}, or the vector one when its module is present. */
    public static CountKernel create() {
        return create(VectorApi.enabled(), null);
    }

    /** The vector kernel if {@code vector} (its module must be present), else the plain one. */
    public static CountKernel create(boolean vector) {
        return create(vector, null);
    }

    /** A kernel as {@link #create(boolean)} that also counts dinucleotides (for benchmarks). */
    public static CountKernel withPairs(boolean vector) {
        return create(vector, pairCounter(vector));
    }

    /** The pair counter for {@link #create(boolean, PairCounter)}: the vector one if asked. */
    static PairCounter pairCounter(boolean vector) {
        return vector ? Vectors.pairCounter() : new PairCounter();
    }

    /**
     * The kernel of {@link #create(boolean)} that also counts the dinucleotides of every byte it is
     * given into {@code pairs} (when not null), in the same sweep.
     */
    static CountKernel create(boolean vector, @Nullable PairCounter pairs) {
        if (vector && !VectorApi.available()) {
            throw new IllegalStateException("the vector counting kernel needs a JVM started with"
                    + " --add-modules jdk.incubator.vector");
        }
        if (!Boolean.valueOf(vector).equals(logged)) {
            logged = vector;
            LOG.info("Counting kernel: {}", vector
                    ? "vector (jdk.incubator.vector, " + VectorCountKernel.describe() + ")"
                    : "scalar" + (VectorApi.available() ? "" : " (jdk.incubator.vector not present)"));
        }
        return vector ? Vectors.countKernel(pairs) : new ScalarCountKernel(pairs);
    }

    /**
     * Makes the vector classes. A class of its own, so that verifying {@link CountKernels} does not
     * load them on a JVM without the Vector API module.
     */
    private static final class Vectors {
        static CountKernel countKernel(@Nullable PairCounter pairs) {
            return new VectorCountKernel(pairs);
        }

        static PairCounter pairCounter() {
            return new VectorPairCounter();
        }
    }
}
