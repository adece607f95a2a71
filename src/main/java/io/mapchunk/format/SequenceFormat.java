package io.mapchunk.format;

import io.mapchunk.io.Compression;
import java.io.IOException;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * How one kind of sequence file lays out its bases, and everything that follows from it: how it is
 * recognised, checked and split, where its index comes from and how a window of its bases is read.
 * Nothing else in mapchunk asks which format a file is; it asks the file's format (as Flink's
 * {@code FileSource} asks its {@code BulkFormat}). Instances are stateless records (every instance
 * equals every other), found through {@link SequenceFormats}. The defaults are those of a text
 * format whose windows are read by the line arithmetic of its index. Compression (BGZF, gzip) is
 * a channel decorator under any format, not a format.
 */
public interface SequenceFormat extends Serializable {

    /** The format's name as seqkit's {@code format} column and messages show it. */
    String name();

    /**
     * Whether a file's first bytes ({@code head[0..length)}, at least one byte) are this format.
     * {@link SequenceFormats} asks the formats in its order and takes the first that says yes.
     */
    boolean recognizes(byte[] head, int length);

    /**
     * Checks what must be checked once, before any job reads the file, and returns what readers
     * need of it besides its bytes (a {@code .2bit}'s parsed header), or null when nothing.
     * Throws {@link io.mapchunk.io.InputFileException} naming the fault.
     *
     * @param channel the file's (uncompressed) bytes
     * @param path the file's path or URI, for messages
     * @param size the uncompressed size
     */
    default FormatHeader inspect(FileChannel channel, String path, long size,
            Compression compression) throws IOException {
        return null;
    }

    /**
     * Whether records are text that starts with a {@code >name} header line; if not, the whole
     * text is one record named after the file ({@link SequenceFile#rawSequenceName()}).
     */
    boolean headerLines();

    /**
     * Whether records are reads (FASTQ): each is read whole by the split where it starts, the file
     * has no coordinates (no index, no windows), and commands run their read analyses on it.
     */
    default boolean reads() {
        return false;
    }

    /**
     * The bytes of a split that holds about {@code splitSize} bases, so that every format cuts a
     * genome alike.
     */
    default long splitBytes(long splitSize) {
        return splitSize;
    }

    /**
     * The index of the file when it can be had without a pass over it: its own, a checked
     * {@code INPUT.fai} beside it, or one its size gives; empty when only a pass can build it.
     */
    Optional<FastaIndex> indexWithoutPass(SequenceFile file);

    /**
     * Throws {@link io.mapchunk.io.InputFileException} when an index pass over this file makes no
     * sense (a format that carries its own index).
     */
    default void checkIndexPass(SequenceFile file) {}

    /** Random access to the bases of windows of {@code file}, open on {@code channel}. */
    default WindowSource windows(FileChannel channel, SequenceFile file,
            GenomeCoordinates coordinates) {
        return new WindowReader(channel, file.path(), coordinates);
    }
}
