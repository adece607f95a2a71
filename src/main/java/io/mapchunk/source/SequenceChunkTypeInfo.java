package io.mapchunk.source;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Type information for {@link SequenceChunk}, using {@link SequenceChunkSerializer}. */
@Internal
public final class SequenceChunkTypeInfo extends TypeInformation<SequenceChunk> {

    public static final SequenceChunkTypeInfo INSTANCE = new SequenceChunkTypeInfo();
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<SequenceChunk> getTypeClass() {
        return SequenceChunk.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<SequenceChunk> createSerializer(SerializerConfig config) {
        return SequenceChunkSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "SequenceChunk";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SequenceChunkTypeInfo;
    }

    @Override
    public int hashCode() {
        return SequenceChunkTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof SequenceChunkTypeInfo;
    }
}
