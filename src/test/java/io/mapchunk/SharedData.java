package io.mapchunk;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The team's real genomes ({@code ../shared/data}); tests that need them are skipped without. */
public final class SharedData {

    private SharedData() {}

    public static Path file(String name) {
        String dir = System.getProperty("mapchunk.shared.data", "../shared/data");
        Path path = Path.of(dir, name);
        assumeTrue(Files.isReadable(path), "shared data not available: " + path);
        return path;
    }
}
