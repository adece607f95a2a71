package io.mapchunk.source.enumerator;

import org.apache.flink.annotation.Internal;
import io.mapchunk.source.split.GenomeRegionSplitSerializer;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Versioned binary form of {@link GenomeEnumeratorState}: its splits as the split serializer of
 * the same version writes them (version 2 with hosts; version 1 without is still read).
 */
@Internal
public final class GenomeEnumeratorStateSerializer
        implements SimpleVersionedSerializer<GenomeEnumeratorState> {

    private static final int VERSION = 2;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(GenomeEnumeratorState state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            GenomeRegionSplitSerializer.writeAll(state.remaining(), state.remaining().size(), out);
        }
        return bytes.toByteArray();
    }

    @Override
    public GenomeEnumeratorState deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION && version != 1) {
            throw new IOException("unknown enumerator state version " + version);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return new GenomeEnumeratorState(GenomeRegionSplitSerializer.readAll(in, version));
        }
    }
}
