package io.mapchunk.source.split;

import io.mapchunk.source.enumerator.GenomeEnumeratorState;
import io.mapchunk.source.enumerator.GenomeEnumeratorStateSerializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SerializersTest {

    @Test
    void splitRoundTripsWithOffsetsBeyondFourGiB() throws Exception {
        GenomeRegionSplit split = new GenomeRegionSplit(17, 5L << 30, (5L << 30) + 123);
        var serializer = GenomeRegionSplitSerializer.INSTANCE;

        byte[] bytes = serializer.serialize(split);

        assertThat(serializer.deserialize(serializer.getVersion(), bytes)).isEqualTo(split);
    }

    @Test
    void splitHostsRoundTripAndVersionOneWithoutHostsIsStillRead() throws Exception {
        var serializer = GenomeRegionSplitSerializer.INSTANCE;
        GenomeRegionSplit split = new GenomeRegionSplit(3, 1L << 33, (1L << 33) + 9,
                List.of("dn1.example.org", "dn2"));
        assertThat(serializer.deserialize(serializer.getVersion(), serializer.serialize(split)))
                .isEqualTo(split);

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(3);
            out.writeLong(10);
            out.writeLong(20);
        }
        assertThat(serializer.deserialize(1, bytes.toByteArray()))
                .isEqualTo(new GenomeRegionSplit(3, 10, 20));
    }

    @Test
    void enumeratorStateRoundTrips() throws Exception {
        var state = new GenomeEnumeratorState(
                List.of(new GenomeRegionSplit(0, 0, 10, List.of("h")), new GenomeRegionSplit(1, 10, 20)));
        var serializer = new GenomeEnumeratorStateSerializer();

        assertThat(serializer.deserialize(serializer.getVersion(), serializer.serialize(state)))
                .isEqualTo(state);
    }

    @Test
    void unknownVersionIsRefused() {
        assertThatThrownBy(() -> GenomeRegionSplitSerializer.INSTANCE.deserialize(99, new byte[20]))
                .hasMessageContaining("version 99");
    }

    @Test
    void plannerCoversTheFileWithoutGapsOrOverlaps() {
        List<GenomeRegionSplit> splits = SplitPlanner.plan((7L << 30) + 5, 1L << 30);

        assertThat(splits).hasSize(8);
        for (int i = 0; i < splits.size(); i++) {
            assertThat(splits.get(i).index()).isEqualTo(i);
            assertThat(splits.get(i).start()).isEqualTo(i == 0 ? 0 : splits.get(i - 1).end());
        }
        assertThat(splits.get(7).end()).isEqualTo((7L << 30) + 5);
    }
}
