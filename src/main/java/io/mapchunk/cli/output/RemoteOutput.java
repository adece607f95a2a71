package io.mapchunk.cli.output;

import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.RemoteFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * A result file on another file system ({@code -o hdfs://…}): written whole to
 * {@code .NAME.RANDOM.tmp} beside it, then renamed into place, so a failed run leaves the
 * previous result (or nothing). HDFS renames do not replace a file, so an existing result is
 * deleted just before the rename: the one moment a reader may find no result at all.
 */
final class RemoteOutput {

    private RemoteOutput() {}

    /** Fails unless the destination's directory exists and the destination is not a directory. */
    static void check(InputLocation destination) {
        Path path = new Path(destination.toString());
        try {
            FileSystem fs = path.getFileSystem();
            Path parent = path.getParent();
            if (parent == null || !fs.exists(parent) || !fs.getFileStatus(parent).isDir()) {
                throw new InputFileException(destination + ": output directory does not exist");
            }
            if (fs.exists(path) && fs.getFileStatus(path).isDir()) {
                throw new InputFileException(destination + ": output is a directory");
            }
        } catch (IOException e) {
            throw RemoteFiles.failure(destination, e);
        }
    }

    static void write(InputLocation destination, OutputTarget.ContentWriter writer)
            throws IOException {
        Path path = new Path(destination.toString());
        FileSystem fs = path.getFileSystem();
        Path temporary = new Path(path.getParent(), "." + path.getName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = fs.create(temporary, FileSystem.WriteMode.NO_OVERWRITE)) {
                writer.writeTo(out);
            }
            boolean published = Publication.publish(() -> {
                if (fs.exists(path)) {
                    FileStatus existing = fs.getFileStatus(path);
                    if (!existing.isDir()) {
                        fs.delete(path, false);
                    }
                }
                if (!fs.rename(temporary, path)) {
                    throw new IOException(destination + ": could not rename " + temporary
                            + " into place");
                }
            });
            if (!published) {
                fs.delete(temporary, false);
            }
        } catch (IOException | RuntimeException e) {
            fs.delete(temporary, false);
            throw e;
        }
    }
}
