package io.mapchunk.testing;

import io.mapchunk.io.VectorApi;

import java.util.concurrent.Callable;

/** Runs test code with the kernels forced to {@code scalar} or {@code vector}, then restores. */
public final class Kernels {

    private Kernels() {}

    /** {@code work} with {@link VectorApi#PROPERTY} set to {@code kernel} (null: not set). */
    public static <T> T with(String kernel, Callable<T> work) throws Exception {
        String previous = System.getProperty(VectorApi.PROPERTY);
        try {
            if (kernel == null) {
                System.clearProperty(VectorApi.PROPERTY);
            } else {
                System.setProperty(VectorApi.PROPERTY, kernel);
            }
            return work.call();
        } finally {
            if (previous == null) {
                System.clearProperty(VectorApi.PROPERTY);
            } else {
                System.setProperty(VectorApi.PROPERTY, previous);
            }
        }
    }

    /** {@code work} with the vector kernels if {@code vector}, else the plain ones. */
    public static <T> T with(boolean vector, Callable<T> work) throws Exception {
        return with(vector ? "vector" : "scalar", work);
    }
}
