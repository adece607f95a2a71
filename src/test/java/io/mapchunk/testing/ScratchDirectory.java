package io.mapchunk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary directory for jqwik properties (which have no @TempDir), removed with its files. */
public final class ScratchDirectory implements AutoCloseable {

    private final Path path;

    public ScratchDirectory(String prefix) {
        try {
            path = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file into the directory and returns its path. */
    public Path write(String name, byte[] content) throws IOException {
        return Files.write(path.resolve(name), content);
    }

    @Override
    public void close() throws IOException {
        try (var files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(path);
    }
}
