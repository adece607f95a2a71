package io.mapchunk.source;

import io.mapchunk.stitch.PartKind;
import io.mapchunk.stitch.SplitEnd;
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

    private static SequenceChunk roundTrip(SequenceChunk chunk) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        SequenceChunkSerializer.INSTANCE.serialize(chunk, out);
        return SequenceChunkSerializer.INSTANCE.deserialize(
                new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
