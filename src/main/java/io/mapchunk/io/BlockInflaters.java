package io.mapchunk.io;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Chooses the BGZF block inflater: ISA-L's (Intel's GKL, whose JAR carries the Linux x86-64
 * library; 2.3 times java.util.zip's speed per core on genome blocks) when its native library
 * loads, java.util.zip's otherwise. The system property {@value #PROPERTY} ({@code java} or
 * {@code native}) forces one (tests run the BGZF tests with both; {@code java} never loads the
 * library). GKL extracts the library to a temporary file and leaves its removal to the JVM's exit:
 * here that file goes into a fresh directory that is deleted as soon as the library is loaded (a
 * loaded library stays mapped), so no JVM, killed or not, leaves it behind. Loaded once per JVM;
 * the choice is logged once.
 */
public final class BlockInflaters {

    /** System property that forces an inflater: {@code java} or {@code native}. */
    public static final String PROPERTY = "mapchunk.inflater";

    private static final Logger LOG = LoggerFactory.getLogger(BlockInflaters.class);
    /** The inflater last logged: the choice is logged once, and again only if it changes. */
    private static volatile Boolean logged;

    private BlockInflaters() {}

    /** Whether ISA-L's inflater loaded in this JVM. */
    public static boolean nativeAvailable() {
        return Isal.FAILURE == null;
    }

    /** The inflater named by {@value #PROPERTY}, or ISA-L's when it loaded. */
    static BlockInflater create() {
        String forced = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        boolean isal = switch (forced) {
            case "" -> nativeAvailable();
            case "native" -> {
                if (!nativeAvailable()) {
                    throw new IllegalStateException(PROPERTY + "=native, but ISA-L's inflater did"
                            + " not load: " + Isal.FAILURE);
                }
                yield true;
            }
            case "java" -> false;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be java or native, not '" + forced + "'");
        };
        if (!Boolean.valueOf(isal).equals(logged)) {
            logged = isal;
            LOG.info("BGZF inflater: {}", isal ? "native (ISA-L through Intel GKL)"
                    : "java.util.zip (" + (forced.isEmpty() ? "ISA-L: " + Isal.FAILURE
                            : PROPERTY + "=java") + ")");
        }
        return isal ? new IsalBlockInflater() : new JavaBlockInflater();
    }

    /** Loads the library on first use; {@link #FAILURE} is null if it loaded, else why not. */
    private static final class Isal {

        static final String FAILURE = load();

        private static String load() {
            Path directory = null;
            try {
                directory = Files.createTempDirectory("mapchunk-isal");
                return IsalBlockInflater.load(directory.toFile()) ? null
                        : "GKL could not load libgkl_compression (its warning is in the log)";
            } catch (IOException | LinkageError | RuntimeException e) {
                return e.toString();
            } finally {
                delete(directory);
            }
        }

        private static void delete(Path directory) {
            if (directory == null) {
                return;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
                Files.delete(directory);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", directory, e.toString());
            }
        }
    }
}
