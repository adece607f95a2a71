package io.mapchunk.analysis;

import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartResolverTest {

    private record Part(int split, int part, PartKind kind, String name, boolean lastInSplit,
            SplitEnd splitEnd, long length) implements SplitPart {}

    /** Three splits: record a opens in split 0 and runs on; b opens in split 2. */
    private static List<Part> threeSplits() {
        return List.of(
                new Part(0, 0, PartKind.NAMED, "a", true, SplitEnd.SEQUENCE, 10),
                new Part(1, 0, PartKind.LEAD, null, false, null, 3),
                new Part(1, 2, PartKind.CARRY, null, true, SplitEnd.INHERIT, 7),
                new Part(2, 0, PartKind.LEAD, null, false, null, 1),
                new Part(2, 1, PartKind.NAMED, "b", true, SplitEnd.SEQUENCE, 5));
    }

    @Test
    void resolvesPartsInAnyOrderToTheirRecords() {
        List<Part> shuffled = new ArrayList<>(threeSplits());
        java.util.Collections.reverse(shuffled);

        List<PartResolver.Resolved<Part>> resolved =
                PartResolver.resolve(shuffled, 3, "f.fa", Part::length);

        assertThat(resolved).extracting(PartResolver.Resolved::name)
                .containsExactly("a", "a", "a", "a", "b");
    }

    @Test
    void refusesAResultWithoutSomeSplit() {
        List<Part> parts = threeSplits().stream().filter(p -> p.split() != 1).toList();

        assertThatThrownBy(() -> PartResolver.resolve(parts, 3, "f.fa", Part::length))
                .hasMessageContaining("split 1 is missing");
    }

    @Test
    void refusesAResultMissingTheLastSplit() {
        List<Part> parts = threeSplits().stream().filter(p -> p.split() != 2).toList();

        assertThatThrownBy(() -> PartResolver.resolve(parts, 3, "f.fa", Part::length))
                .hasMessageContaining("split 2 is missing");
    }

    @Test
    void refusesASplitDeliveredTwice() {
        List<Part> parts = new ArrayList<>(threeSplits());
        parts.add(new Part(1, 0, PartKind.LEAD, null, false, null, 3));
        parts.add(new Part(1, 2, PartKind.CARRY, null, true, SplitEnd.INHERIT, 7));

        assertThatThrownBy(() -> PartResolver.resolve(parts, 3, "f.fa", Part::length))
                .hasMessageContaining("delivered twice");
    }
}
