package io.mapchunk.source;

import io.mapchunk.io.FileMapping;
import org.apache.flink.annotation.PublicEvolving;

import javax.annotation.Nullable;
import java.nio.ByteBuffer;

/**
 * A run of at most a few MiB of sequence bytes of one record, as a view of a {@link FileMapping}
 * (the file mapped, or read into a buffer).
 *
 * <p>The bytes are those of the file: line terminators ({@code \n}, {@code \r}) stay in and must be
 * skipped by analyses; header lines never appear. {@link #part()} numbers the parts of a split in
 * file order and {@link #kind()} says which record the bytes belong to (see {@link PartKind}).
 * A chunk of a {@code .2bit} file holds packed bases instead ({@link #packed()}): its bytes are
 * their text, decoded on first use, without line terminators.
 *
 * <p>A chunk is valid only while the operator that receives it is processing it: the reader
 * releases the mapping afterwards (unmaps it, or reuses its buffer). Operators that keep bytes must
 * copy them ({@link #copyBytes()}); the serializer copies, so a chunk sent over the network is
 * safe.
 */
@PublicEvolving
public final class SequenceChunk {

    private final int split;
    private final int part;
    private final PartKind kind;
    private final String name;
    private final boolean nameIndented;
    private final long fileOffset;
    private final ByteBuffer bytes;
    private final boolean lastInSplit;
    private final SplitEnd splitEnd;
    private final transient FileMapping mapping;
    private final transient PackedBases packed;

    public SequenceChunk(int split, int part, PartKind kind, @Nullable String name,
            boolean nameIndented, long fileOffset, ByteBuffer bytes, boolean lastInSplit,
            @Nullable SplitEnd splitEnd, @Nullable FileMapping mapping) {
        this(split, part, kind, name, nameIndented, fileOffset, bytes, lastInSplit, splitEnd, mapping,
                null);
    }

    /**
     * A chunk of a {@code .2bit} file: {@code packed} holds its bases, {@code bytes} is null and
     * {@link #bytes()} decodes them; {@link #fileOffset()} is an offset of the file's logical text
     * (see {@link io.mapchunk.format.TwoBitRecord}).
     */
    public SequenceChunk(int split, int part, PartKind kind, @Nullable String name,
            boolean nameIndented, long fileOffset, @Nullable ByteBuffer bytes, boolean lastInSplit,
            @Nullable SplitEnd splitEnd, @Nullable FileMapping mapping,
            @Nullable PackedBases packed) {
        this.split = split;
        this.part = part;
        this.kind = kind;
        this.name = name;
        this.nameIndented = nameIndented;
        this.fileOffset = fileOffset;
        this.bytes = bytes;
        this.lastInSplit = lastInSplit;
        this.splitEnd = splitEnd;
        this.mapping = mapping;
        this.packed = packed;
    }

    /** Index of the split (in file order) this chunk was read from. */
    public int split() {
        return split;
    }

    /** Ordinal of this chunk's part within its split, in file order. */
    public int part() {
        return part;
    }

    public PartKind kind() {
        return kind;
    }

    /** The record's name when {@link #kind()} is {@link PartKind#NAMED}, else null. */
    @Nullable
    public String name() {
        return name;
    }

    /**
     * Whether the record's header has blanks between {@code >} and the name (samtools skips them;
     * seqtk then names the record ""). False unless {@link #kind()} is {@link PartKind#NAMED}.
     */
    public boolean nameIndented() {
        return nameIndented;
    }

    /** File offset of the first byte of {@link #bytes()} (for a .2bit, of its logical text). */
    public long fileOffset() {
        return fileOffset;
    }

    /**
     * Number of bytes of {@link #bytes()}: line terminators included, or for a {@code .2bit} chunk
     * the number of its bases (their text has no line terminators).
     */
    public int length() {
        return packed != null ? packed.count() : bytes.remaining();
    }

    /** The packed form of a chunk read from a {@code .2bit} file, else null. */
    @Nullable
    public PackedBases packed() {
        if (packed != null && mapping != null) {
            mapping.checkOpen();
        }
        return packed;
    }

    /** A fresh little-endian view of the bytes; fails if the underlying mapping was released. */
    public ByteBuffer bytes() {
        if (mapping != null) {
            mapping.checkOpen();
        }
        if (packed != null) {
            return packed.text();
        }
        return bytes.duplicate().order(bytes.order());
    }

    /** A heap copy of the bytes, safe to keep. */
    public byte[] copyBytes() {
        byte[] copy = new byte[length()];
        bytes().get(copy);
        return copy;
    }

    /** True for the last chunk of its split, which also carries {@link #splitEnd()}. */
    public boolean lastInSplit() {
        return lastInSplit;
    }

    @Nullable
    public SplitEnd splitEnd() {
        return splitEnd;
    }

    @Override
    public String toString() {
        return "SequenceChunk{split=" + split + ", part=" + part + ", " + kind
                + (name == null ? "" : " " + name) + ", offset=" + fileOffset + ", length="
                + length() + (lastInSplit ? ", last, " + splitEnd : "") + '}';
    }
}
