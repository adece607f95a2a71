package io.mapchunk.source;

import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A chunk sent over the network arrives with its place, its name and a copy of its bytes. */
class SequenceChunkSerializerTest {

    @Test
    void namedChunkRoundTripsWithItsIndentedNameAndBytes() throws Exception {
        SequenceChunk chunk = new SequenceChunk(3, 2, PartKind.NAMED, "chr1", true, 1234L,
                ByteBuffer.wrap("ACGT\nac".getBytes(StandardCharsets.ISO_8859_1)), true,
                SplitEnd.HEADER, null);

        SequenceChunk copy = roundTrip(chunk);

        assertThat(copy.toString()).isEqualTo(chunk.toString());
        assertThat(copy.nameIndented()).isTrue();
        assertThat(copy.copyBytes()).isEqualTo(chunk.copyBytes());
    }

    @Test
    void carryChunkRoundTripsWithoutName() throws Exception {
        SequenceChunk chunk = new SequenceChunk(0, 0, PartKind.CARRY, null, false, 0L,
                ByteBuffer.allocate(0), false, null, null);

        SequenceChunk copy = roundTrip(chunk);

        assertThat(copy.toString()).isEqualTo(chunk.toString());
        assertThat(copy.name()).isNull();
        assertThat(copy.nameIndented()).isFalse();
    }

    @Test
    void packedChunkArrivesAsItsText() throws Exception {
        // TTCA CGAG T (codes 00 00 01 10, 01 11 10 11, 00), N over [1, 3), mask over [2, 6)
        PackedBases packed = new PackedBases(ByteBuffer.wrap(new byte[] {0x06, 0x7b, 0x00}), 9,
                new int[] {1, 3}, 1, new int[] {2, 6}, 1, new PackedBases.TextBuffer(16));
        SequenceChunk chunk = new SequenceChunk(1, 0, PartKind.CARRY, null, false, 40L, null,
                false, null, null, packed);

        SequenceChunk copy = roundTrip(chunk);

        assertThat(new String(chunk.copyBytes(), StandardCharsets.US_ASCII)).isEqualTo("TNnacgAGT");
        assertThat(copy.copyBytes()).isEqualTo(chunk.copyBytes());
        assertThat(copy.packed()).isNull();
        assertThat(copy.toString()).isEqualTo(chunk.toString());
    }

    private static SequenceChunk roundTrip(SequenceChunk chunk) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        SequenceChunkSerializer.INSTANCE.serialize(chunk, out);
        return SequenceChunkSerializer.INSTANCE.deserialize(
                new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
