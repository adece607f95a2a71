package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the counting kernel at run time: the Vector API kernel when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, else the plain one. The system property
 * {@code mapchunk.kernel=scalar|vector} forces a choice (benchmarks, tests). The vector class is
 * referenced only behind the module check, so it is never loaded on a JVM without the module.
 */
public final class CountKernels {

    /** System property that forces a kernel: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = VectorApi.PROPERTY;

    private static final Logger LOG = LoggerFactory.getLogger(CountKernels.class);
    /** The kernel last logged: the choice is logged once, and again only if it changes. */
    private static volatile Boolean logged;

    private CountKernels() {}

    /** The kernel named by {@value #PROPERTY}, or the vector one when its module is present. */
    public static BaseCountKernel create() {
        return create(VectorApi.enabled());
    }

    /** The vector kernel if {@code vector} (its module must be present), else the plain one. */
    public static BaseCountKernel create(boolean vector) {
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
        return vector ? new VectorCountKernel() : new CountKernel();
    }
}
