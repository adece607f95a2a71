package io.mapchunk.format;

import io.mapchunk.io.ChannelReads;
import io.mapchunk.io.Compression;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.RemoteFiles;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.flink.core.fs.FileStatus;

/**
 * An input file as inspected, once per run: its path, size and modification time when the job was
 * planned (readers compare them again to notice a file that changed), its {@link SequenceFormat},
 * detected from content, and what the format parsed from it ({@link FormatHeader}, e.g. a
 * {@code .2bit}'s index). It travels in the job's settings to the source, the analyses and the
 * writers, so no one opens the file to learn what it is a second time.
 *
 * <p>A compressed file (BGZF or gzip, told from content) is read through
 * {@link InputChannels#open}: {@code size} and every offset downstream are then uncompressed, and
 * {@code storedSize} is the size on disk.
 */
public record SequenceFile(String path, long size, long modifiedMillis, SequenceFormat format,
        Compression compression, long storedSize, FormatHeader header) implements Serializable {

    private static final int SNIFF_BYTES = 64 * 1024;

    /**
     * Why a pipe, socket or device is refused: splits are byte ranges read at offsets by several
     * subtasks, and the planner needs the size up front; a stream has neither.
     */
    public static final String NOT_REGULAR = "not a regular file (a pipe, socket or device);"
            + " mapchunk reads files at offsets, in parallel: save the data to a file first";

    /** An uncompressed file of a format that needs no header. */
    public SequenceFile(String path, long size, long modifiedMillis, SequenceFormat format) {
        this(path, size, modifiedMillis, format, Compression.NONE, size, null);
    }

    /**
     * Opens, checks and classifies a file, local or on another file system Flink reaches; throws
     * {@link InputFileException} with a clear reason.
     */
    public static SequenceFile inspect(InputLocation location) {
        if (location.isLocal()) {
            return inspect(location.localPath());
        }
        FileStatus status = location.status();
        if (status.isDir()) {
            throw new InputFileException(location + ": is a directory, not a sequence file");
        }
        try (FileChannel channel = InputChannels.open(location)) {
            return classify(location.toString(), channel, InputChannels.compression(location),
                    status.getModificationTime(), status.getLen());
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw RemoteFiles.failure(location, e);
        }
    }

    /** Opens, checks and classifies a file; throws {@link InputFileException} with a clear reason. */
    public static SequenceFile inspect(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputFileException(path + ": no such file or not accessible");
        }
        if (attributes.isDirectory()) {
            throw new InputFileException(path + ": is a directory, not a sequence file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputFileException(path + ": " + NOT_REGULAR);
        }
        if (!Files.isReadable(path)) {
            throw new InputFileException(path + ": not readable (permission denied)");
        }
        try (FileChannel channel = InputChannels.open(path)) {
            SequenceFile file = classify(path.toString(), channel, InputChannels.compression(path),
                    attributes.lastModifiedTime().toMillis(), attributes.size());
            return file.withPath(path.toAbsolutePath().normalize().toString());
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage());
        }
    }

    private static SequenceFile classify(String name, FileChannel channel, Compression compression,
            long modifiedMillis, long storedSize) throws IOException {
        long size = channel.size();
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, SNIFF_BYTES));
        ChannelReads.fill(channel, head, 0);
        SequenceFormat format = SequenceFormats.detect(name, head.array(), head.position());
        FormatHeader header = format.inspect(channel, name, size, compression);
        return new SequenceFile(name, size, modifiedMillis, format, compression, storedSize,
                header);
    }

    private SequenceFile withPath(String value) {
        return new SequenceFile(value, size, modifiedMillis, format, compression, storedSize,
                header);
    }

    /** Whether the file can be cut into splits (plain gzip is one stream). */
    public boolean splittable() {
        return compression != Compression.GZIP;
    }

    /**
     * The name of the single sequence of a raw file: the file name without its last extension
     * (and, for a compressed file, without its compression extension first), as bytes like every
     * record name.
     */
    public String rawSequenceName() {
        String name = InputLocation.of(path).fileName();
        if (compression != Compression.NONE) {
            name = name.replaceFirst("\\.(gz|bgz|bgzf)$", "");
        }
        int dot = name.lastIndexOf('.');
        return NameBytes.of(dot > 0 ? name.substring(0, dot) : name);
    }

    /** The bytes of a split holding about {@code splitSize} bases (as its format cuts them). */
    public long splitBytes(long splitSize) {
        return format.splitBytes(splitSize);
    }

    /** Fails if the file's size or modification time differ from when it was planned. */
    public void checkUnchanged() {
        InputLocation location = InputLocation.of(path);
        if (!location.isLocal()) {
            FileStatus now;
            try {
                now = location.status();
            } catch (InputFileException e) {
                throw new InputFileException(path + ": disappeared while being read", e);
            }
            if (now.getLen() != storedSize || now.getModificationTime() != modifiedMillis) {
                throw new InputFileException(path + ": changed while being read (size or mtime)");
            }
            return;
        }
        Path file = location.localPath();
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (now.size() != storedSize || now.lastModifiedTime().toMillis() != modifiedMillis) {
                throw new InputFileException(path + ": changed while being read (size or mtime)");
            }
        } catch (IOException e) {
            throw new InputFileException(path + ": disappeared while being read");
        }
    }
}
