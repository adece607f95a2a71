package io.mapchunk.io;

import java.util.Locale;

/**
 * The one switch between the Vector API ({@code jdk.incubator.vector}) kernels and their scalar
 * twins: the vector ones when the JVM was started with {@code --add-modules
 * jdk.incubator.vector}, unless the system property {@value #PROPERTY} ({@code scalar} or
 * {@code vector}) says otherwise. Whether the module is present is looked up once per JVM; the
 * property is read each time a kernel is made, so tests and benchmarks can force either kernel
 * around the code they run.
 *
 * <p>Every vector/scalar pair is made the same way, where it is used and once (never inside its
 * loop): {@code VectorApi.enabled() ? VectorThing.newThing() : new Thing()}. The vector class's
 * factory is a static method typed as the scalar one, so a JVM without the module never loads the
 * vector class. The pairs: the count kernel and its pair counter ({@code CountKernels}), the gc
 * bin tally, the {@code .fai} line scanner, the N-run search, and the reader's header search
 * ({@code ByteSearch}, a static search: it asks once, when its class is loaded).
 */
public final class VectorApi {

    /** System property that forces a choice: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = "mapchunk.kernel";

    private static final boolean AVAILABLE =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {}

    /**
     * Whether to make the vector kernel of a pair: as {@value #PROPERTY} says, else whether the
     * module is present.
     *
     * @throws IllegalArgumentException if the property is neither {@code scalar} nor {@code vector}
     * @throws IllegalStateException if it says {@code vector} and the module is absent
     */
    public static boolean enabled() {
        String forced = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "" -> AVAILABLE;
            case "vector" -> {
                if (!AVAILABLE) {
                    throw new IllegalStateException(PROPERTY + "=vector needs a JVM started with"
                            + " --add-modules jdk.incubator.vector");
                }
                yield true;
            }
            case "scalar" -> false;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be scalar or vector, not '" + forced + "'");
        };
    }

    /** Whether the JVM resolved the incubating Vector API module. */
    public static boolean available() {
        return AVAILABLE;
    }
}
