package io.mapchunk.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * Turns the values of a pass' analyses into bytes and back, each with Flink's own serializer for
 * the analysis' value type {@code P}. That type must be a POJO or a record: a value sent as a
 * plain {@code Object} would go through Kryo, which writes its class name and reflects over it
 * for every value; with one value per record and part, that cost came to dominate runs over
 * files of many records. One instance per subtask or client; not thread-safe.
 */
final class PassValues {

    private final TypeSerializer<Object>[] serializers;
    private final DataOutputSerializer out = new DataOutputSerializer(256);
    private final DataInputDeserializer in = new DataInputDeserializer();

    @SuppressWarnings("unchecked")
    PassValues(List<ChunkAnalysis<?, ?>> analyses) {
        serializers = new TypeSerializer[analyses.size()];
        SerializerConfigImpl config = new SerializerConfigImpl();
        for (int i = 0; i < serializers.length; i++) {
            serializers[i] = (TypeSerializer<Object>) valueType(analyses.get(i))
                    .createSerializer(config);
        }
    }

    /** The value type of {@code analysis}; fails unless Flink serializes it without Kryo. */
    static TypeInformation<?> valueType(ChunkAnalysis<?, ?> analysis) {
        TypeInformation<?> type = TypeExtractor.createTypeInfo(
                ChunkAnalysis.class, analysis.getClass(), 0, null, null);
        if (type instanceof GenericTypeInfo) {
            throw new IllegalArgumentException(analysis.getClass().getName() + "'s value type "
                    + type.getTypeClass().getName() + " is not a POJO or record");
        }
        return type;
    }

    byte[] encode(int analysis, Object value) throws IOException {
        out.clear();
        serializers[analysis].serialize(value, out);
        return out.getCopyOfBuffer();
    }

    Object decode(int analysis, byte[] bytes) throws IOException {
        in.setBuffer(bytes);
        return serializers[analysis].deserialize(in);
    }
}
