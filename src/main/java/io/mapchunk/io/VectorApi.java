package io.mapchunk.io;

import java.util.Locale;

/**
 * Whether mapchunk's hot loops use the Java Vector API ({@code jdk.incubator.vector}): when the JVM
 * was started with {@code --add-modules jdk.incubator.vector}, unless the system property
 * {@value #PROPERTY} ({@code scalar} or {@code vector}) says otherwise. Classes that use the API
 * are loaded only behind this check, so a JVM without the module never touches them.
 */
public final class VectorApi {

    /** System property that forces a choice: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = "mapchunk.kernel";

    private VectorApi() {}

    /** As {@value #PROPERTY} says, else whether the module is present. */
    public static boolean enabled() {
        String forced = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "" -> available();
            case "vector" -> true;
            case "scalar" -> false;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be scalar or vector, not '" + forced + "'");
        };
    }

    /** Whether the JVM resolved the incubating Vector API module. */
    public static boolean available() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
