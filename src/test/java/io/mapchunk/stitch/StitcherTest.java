package io.mapchunk.stitch;

import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StitcherTest {

    /** A part placed as given, its value its data length. */
    private static Stitcher.Placed<Long> part(int split, int part, PartKind kind, String name,
            boolean lastInSplit, SplitEnd splitEnd, long length) {
        return new Stitcher.Placed<>(new PartPlace(split, part, kind, name, false, lastInSplit, splitEnd),
                length);
    }

    /** Three splits: record a opens in split 0 and runs on; b opens in split 2. */
    private static List<Stitcher.Placed<Long>> threeSplits() {
        return List.of(
                part(0, 0, PartKind.NAMED, "a", true, SplitEnd.SEQUENCE, 10),
                part(1, 0, PartKind.LEAD, null, false, null, 3),
                part(1, 2, PartKind.CARRY, null, true, SplitEnd.INHERIT, 7),
                part(2, 0, PartKind.LEAD, null, false, null, 1),
                part(2, 1, PartKind.NAMED, "b", true, SplitEnd.SEQUENCE, 5));
    }

    @Test
    void resolvesPartsInAnyOrderToTheirRecords() {
        List<Stitcher.Placed<Long>> shuffled = new ArrayList<>(threeSplits());
        java.util.Collections.reverse(shuffled);

        List<Stitcher.Stitched<Long>> resolved =
                Stitcher.stitch(shuffled, 3, "f.fa", Long::longValue);

        assertThat(resolved).extracting(Stitcher.Stitched::name)
                .containsExactly("a", "a", "a", "a", "b");
    }

    @Test
    void refusesAResultWithoutSomeSplit() {
        List<Stitcher.Placed<Long>> parts = threeSplits().stream().filter(p -> p.place().split() != 1).toList();

        assertThatThrownBy(() -> Stitcher.stitch(parts, 3, "f.fa", Long::longValue))
                .hasMessageContaining("split 1 is missing");
    }

    @Test
    void refusesAResultMissingTheLastSplit() {
        List<Stitcher.Placed<Long>> parts = threeSplits().stream().filter(p -> p.place().split() != 2).toList();

        assertThatThrownBy(() -> Stitcher.stitch(parts, 3, "f.fa", Long::longValue))
                .hasMessageContaining("split 2 is missing");
    }

    @Test
    void refusesASplitDeliveredTwice() {
        List<Stitcher.Placed<Long>> parts = new ArrayList<>(threeSplits());
        parts.add(part(1, 0, PartKind.LEAD, null, false, null, 3));
        parts.add(part(1, 2, PartKind.CARRY, null, true, SplitEnd.INHERIT, 7));

        assertThatThrownBy(() -> Stitcher.stitch(parts, 3, "f.fa", Long::longValue))
                .hasMessageContaining("delivered twice");
    }
}
