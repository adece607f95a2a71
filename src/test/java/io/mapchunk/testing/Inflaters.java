package io.mapchunk.testing;

import io.mapchunk.io.BlockInflaters;

import java.util.concurrent.Callable;

/** Runs test code with the BGZF inflater forced to {@code java} or {@code native}, then restores. */
public final class Inflaters {

    /** Both inflaters, for parameterized tests. */
    public static final String[] BOTH = {"java", "native"};

    private Inflaters() {}

    /** {@code work} with {@link BlockInflaters#PROPERTY} set to {@code inflater}. */
    public static <T> T with(String inflater, Callable<T> work) throws Exception {
        String previous = System.getProperty(BlockInflaters.PROPERTY);
        try {
            System.setProperty(BlockInflaters.PROPERTY, inflater);
            return work.call();
        } finally {
            if (previous == null) {
                System.clearProperty(BlockInflaters.PROPERTY);
            } else {
                System.setProperty(BlockInflaters.PROPERTY, previous);
            }
        }
    }
}
