package io.mapchunk.source.enumerator;

import io.mapchunk.source.split.GenomeRegionSplit;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.connector.source.mocks.MockSplitEnumeratorContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenomeRegionEnumeratorTest {

    @Test
    void handsOutShrinkingSharesOnRequestAndSignalsTheEnd() {
        var context = new MockSplitEnumeratorContext<GenomeRegionSplit>(2);
        var enumerator = new GenomeRegionEnumerator(context, SplitPlanner.plan(100, 10));
        enumerator.start();

        for (int request = 0; request < 7; request++) {
            enumerator.handleSplitRequest(request % 2, null);
        }

        assertThat(context.getSplitsAssignmentSequence())
                .map(assignment -> assignment.assignment().values().iterator().next().stream()
                        .map(GenomeRegionSplit::index).toList())
                .as("ceil(remaining / (2 x readers)) splits per request, in file order")
                .containsExactly(List.of(0, 1, 2), List.of(3, 4), List.of(5, 6), List.of(7),
                        List.of(8), List.of(9));
        assertThat(context.getSplitsAssignmentSequence().get(1).assignment()).containsKey(1);
        assertThat(context.hasNoMoreSplits(0)).isTrue();
        assertThat(context.hasNoMoreSplits(1)).isFalse();
    }

    @Test
    void splitsGivenBackAreReadAgainFirstAndInFileOrder() {
        var context = new MockSplitEnumeratorContext<GenomeRegionSplit>(2);
        List<GenomeRegionSplit> splits = SplitPlanner.plan(40, 10);
        var enumerator = new GenomeRegionEnumerator(context, splits.subList(3, 4));

        enumerator.addSplitsBack(List.of(splits.get(2), splits.get(0)), 1);

        assertThat(enumerator.snapshotState(1).remaining())
                .extracting(GenomeRegionSplit::index).containsExactly(0, 2, 3);
    }

    @Test
    void aReaderGetsSplitsStoredOnItsHostFirstThenTheNextInFileOrder() {
        var context = new MockSplitEnumeratorContext<GenomeRegionSplit>(2);
        List<GenomeRegionSplit> splits = new java.util.ArrayList<>();
        for (GenomeRegionSplit split : SplitPlanner.plan(100, 10)) {
            splits.add(new GenomeRegionSplit(split.index(), split.start(), split.end(),
                    split.index() % 3 == 2 ? List.of("b", "c") : List.of("a", "c")));
        }
        var enumerator = new GenomeRegionEnumerator(context, splits);

        enumerator.handleSplitRequest(0, "b");
        enumerator.handleSplitRequest(1, "a");
        enumerator.handleSplitRequest(0, "b");
        enumerator.handleSplitRequest(1, "elsewhere");

        assertThat(context.getSplitsAssignmentSequence())
                .map(assignment -> assignment.assignment().values().iterator().next().stream()
                        .map(GenomeRegionSplit::index).toList())
                .as("local splits first (b holds 2, 5, 8), then file order; no host: file order")
                .containsExactly(List.of(2, 5, 8), List.of(0, 1), List.of(3, 4), List.of(6));
    }
}
