package io.mapchunk.cli.output;

import io.mapchunk.cli.Invocation;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where a result goes: stdout, or a file written atomically. A regular file result is written to
 * a temporary file beside it and renamed into place by {@link #write}, so a failed run leaves the
 * previous result (or nothing) and never a half-written file. An output that exists and is not a
 * regular file (a character device such as {@code /dev/full}, a FIFO, {@code /dev/stdout}) is
 * written in place: renaming over it would replace a device with a file. A failed write, to a
 * file, a device or stdout, is a failure of the run.
 */
public final class OutputTarget {

    /** Results are shared files (nightly outputs): rw-r--r--, not createTempFile's rw-------. */
    private static final Set<PosixFilePermission> PUBLISHED =
            PosixFilePermissions.fromString("rw-r--r--");

    private final Path destination;
    private final boolean inPlace;
    private final InputLocation remote;

    private OutputTarget(Path destination, boolean inPlace) {
        this.destination = destination;
        this.inPlace = inPlace;
        this.remote = null;
    }

    private OutputTarget(InputLocation remote) {
        this.destination = null;
        this.inPlace = false;
        this.remote = remote;
    }

    public static OutputTarget stdout() {
        return new OutputTarget(null, false);
    }

    /**
     * A file target, checked before any work starts: its directory must exist and be writable, and
     * it must not be the input.
     */
    public static OutputTarget file(Path destination, Path input) {
        Path absolute = destination.toAbsolutePath().normalize();
        if (input != null && sameFile(absolute, input)) {
            throw new InputFileException(destination + ": output would overwrite the input");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            if (!Files.isWritable(absolute)) {
                throw new InputFileException(destination + ": output is not writable");
            }
            return new OutputTarget(absolute, true);
        }
        // a symbolic link to a result stays a link: the file it points to is replaced
        absolute = realPathIfExists(absolute);
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InputFileException(destination + ": output directory does not exist");
        }
        if (!Files.isWritable(directory)) {
            throw new InputFileException(destination + ": output directory is not writable");
        }
        if (Files.isDirectory(absolute)) {
            throw new InputFileException(destination + ": output is a directory");
        }
        return new OutputTarget(absolute, false);
    }

    /**
     * A file target on any file system Flink reaches: a local one as {@link #file(Path, Path)}; a
     * remote one ({@code hdfs://…}) checked the same way (its directory exists, it is not the
     * input) and written through {@link RemoteOutput}, to a temporary name and renamed.
     */
    public static OutputTarget file(InputLocation destination, InputLocation input) {
        if (destination.isLocal()) {
            return file(destination.localPath(), input != null && input.isLocal()
                    ? input.localPath() : null);
        }
        if (destination.equals(input)) {
            throw new InputFileException(destination + ": output would overwrite the input");
        }
        RemoteOutput.check(destination);
        return new OutputTarget(destination);
    }

    /** Writes the whole result with {@code writer}, then publishes it in one step. */
    public void write(ContentWriter writer) throws IOException {
        if (remote != null) {
            RemoteOutput.write(remote, writer);
            return;
        }
        if (destination == null) {
            PrintStream out = Invocation.current().out();
            writer.writeTo(out);
            out.flush();
            // PrintStream keeps its errors to itself: a full disk or a closed pipe shows only here
            if (out.checkError()) {
                throw new InputFileException("writing to standard output failed"
                        + " (device full, or the reader closed it); the result is incomplete");
            }
            return;
        }
        if (inPlace) {
            try (OutputStream out = Files.newOutputStream(destination, StandardOpenOption.WRITE)) {
                writer.writeTo(out);
            } catch (IOException e) {
                throw new InputFileException(destination + ": write failed: " + e.getMessage());
            }
            return;
        }
        Path temporary = Files.createTempFile(destination.getParent(),
                "." + destination.getFileName() + ".", ".tmp");
        // a run stopped by a signal (its shutdown) removes the temporary file; after the rename
        // there is nothing left at this name to delete
        temporary.toFile().deleteOnExit();
        try {
            try (OutputStream out = Invocation.current().guard(Files.newOutputStream(temporary))) {
                writer.writeTo(out);
            }
            Files.setPosixFilePermissions(temporary, PUBLISHED);
            boolean published = Publication.publish(() -> Files.move(temporary, destination,
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
            if (!published) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static Path realPathIfExists(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            return Files.exists(output) && Files.isSameFile(output, input)
                    || output.equals(input.toAbsolutePath().normalize());
        } catch (NoSuchFileException | AccessDeniedException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a result to a stream. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
