package io.mapchunk.source;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Serializer for {@link SequenceChunk}. {@code copy} returns the chunk itself (chunks are immutable
 * views), so chaining an operator after the source never copies file bytes into the heap;
 * {@code serialize} writes the bytes, so shipping a chunk to another task is safe.
 */
@Internal
public final class SequenceChunkSerializer extends TypeSerializerSingleton<SequenceChunk> {

    public static final SequenceChunkSerializer INSTANCE = new SequenceChunkSerializer();
    private static final long serialVersionUID = 1L;
    private static final PartKind[] KINDS = PartKind.values();
    private static final SplitEnd[] ENDS = SplitEnd.values();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public SequenceChunk createInstance() {
        return null;
    }

    @Override
    public SequenceChunk copy(SequenceChunk from) {
        return from;
    }

    @Override
    public SequenceChunk copy(SequenceChunk from, SequenceChunk reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(SequenceChunk chunk, DataOutputView target) throws IOException {
        target.writeInt(chunk.split());
        target.writeInt(chunk.part());
        target.writeByte(chunk.kind().ordinal());
        target.writeBoolean(chunk.name() != null);
        if (chunk.name() != null) {
            target.writeUTF(chunk.name());
        }
        target.writeBoolean(chunk.nameIndented());
        target.writeLong(chunk.fileOffset());
        target.writeBoolean(chunk.lastInSplit());
        target.writeByte(chunk.splitEnd() == null ? -1 : chunk.splitEnd().ordinal());
        byte[] bytes = chunk.copyBytes();
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public SequenceChunk deserialize(DataInputView source) throws IOException {
        int split = source.readInt();
        int part = source.readInt();
        PartKind kind = KINDS[source.readByte()];
        String name = source.readBoolean() ? source.readUTF() : null;
        boolean indented = source.readBoolean();
        long offset = source.readLong();
        boolean last = source.readBoolean();
        byte end = source.readByte();
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return new SequenceChunk(split, part, kind, name, indented, offset,
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), last,
                end < 0 ? null : ENDS[end], null);
    }

    @Override
    public SequenceChunk deserialize(SequenceChunk reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    @Override
    public TypeSerializerSnapshot<SequenceChunk> snapshotConfiguration() {
        return new ChunkSerializerSnapshot();
    }

    /** Snapshot for {@link SequenceChunkSerializer}. */
    public static final class ChunkSerializerSnapshot
            extends SimpleTypeSerializerSnapshot<SequenceChunk> {
        public ChunkSerializerSnapshot() {
            super(() -> INSTANCE);
        }
    }
}
