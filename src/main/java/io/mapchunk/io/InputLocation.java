package io.mapchunk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.flink.core.fs.FileStatus;

/**
 * Where an input (or a file beside it) lives: a local path, read the existing way (mapped or read
 * through a {@link java.nio.channels.FileChannel}), or a URI of any other file system Flink
 * supports ({@code hdfs://…}, {@code s3://…}), read through Flink's {@link FileSystem} with
 * positioned reads ({@link RemoteChannel}). {@code file:} URIs are local paths.
 *
 * <p>The text of a location round-trips: {@link #of(String)} of {@link #toString()} is the same
 * location, so a planned {@code SequenceFile} carries it as its path.
 */
public final class InputLocation implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    private final String text;
    private final boolean local;
    /** A local file's path as the process reaches it ({@link WorkingDirectory}); else the text. */
    private final String resolved;

    private InputLocation(String text, boolean local) {
        this(text, local, text);
    }

    private InputLocation(String text, boolean local, String resolved) {
        this.text = text;
        this.local = local;
        this.resolved = resolved;
    }

    /** A location from the command line or a job file: a URI with a scheme, or a local path. */
    public static InputLocation of(String text) {
        if (!SCHEME.matcher(text).matches()) {
            return new InputLocation(text, true, WorkingDirectory.resolve(text).toString());
        }
        URI uri = URI.create(text);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return new InputLocation(Path.of(uri).toString(), true);
        }
        return new InputLocation(uri.normalize().toString(), false);
    }

    /** A local file. */
    public static InputLocation of(Path path) {
        return new InputLocation(path.toString(), true);
    }

    /** Whether this is a local file (read the existing way). */
    public boolean isLocal() {
        return local;
    }

    /** The local path; fails for a remote location. */
    public Path localPath() {
        if (!local) {
            throw new IllegalStateException(text + " is not a local file");
        }
        return Path.of(resolved);
    }

    /** The location as it is planned: a local path absolute and normalized, a URI as given. */
    public InputLocation absolute() {
        return local ? of(localPath().toAbsolutePath().normalize()) : this;
    }

    /** The last component of the path. */
    public String fileName() {
        if (local) {
            Path name = localPath().getFileName();
            return name == null ? text : name.toString();
        }
        return new org.apache.flink.core.fs.Path(text).getName();
    }

    /** The file beside this one whose name is this one's plus {@code suffix} ({@code .fai}). */
    public InputLocation withSuffix(String suffix) {
        return new InputLocation(text + suffix, local, resolved + suffix);
    }

    /** Flink's path of a remote location. */
    org.apache.flink.core.fs.Path flinkPath() {
        return new org.apache.flink.core.fs.Path(text);
    }

    /** The file's status on its file system; {@link InputFileException} naming what is wrong. */
    public FileStatus status() {
        try {
            return RemoteFiles.fileSystem(this).getFileStatus(flinkPath());
        } catch (IOException e) {
            throw RemoteFiles.failure(this, e);
        }
    }

    /** Whether the file exists (local or remote). */
    public boolean exists() {
        if (local) {
            return Files.exists(localPath());
        }
        try {
            return RemoteFiles.fileSystem(this).exists(flinkPath());
        } catch (IOException e) {
            throw RemoteFiles.failure(this, e);
        }
    }

    /** A stream over the file's bytes from the start (for small files: indexes). */
    public InputStream openStream() throws IOException {
        if (local) {
            return Files.newInputStream(localPath());
        }
        return RemoteFiles.fileSystem(this).open(flinkPath());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputLocation that && text.equals(that.text) && local == that.local;
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
