package io.mapchunk.source.enumerator;

import io.mapchunk.source.split.GenomeRegionSplit;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.connector.source.mocks.MockSplitEnumeratorContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenomeRegionEnumeratorTest {

    @Test
    void handsOutOneSplitPerRequestAndSignalsTheEnd() {
        var context = new MockSplitEnumeratorContext<GenomeRegionSplit>(2);
        var enumerator = new GenomeRegionEnumerator(context, SplitPlanner.plan(30, 10));
        enumerator.start();

        enumerator.handleSplitRequest(0, null);
        enumerator.handleSplitRequest(1, null);
        enumerator.handleSplitRequest(0, null);
        enumerator.handleSplitRequest(1, null);

        assertThat(context.getSplitsAssignmentSequence())
                .map(assignment -> assignment.assignment().toString())
                .containsExactly("{0=[GenomeRegionSplit[index=0, start=0, end=10]]}",
                        "{1=[GenomeRegionSplit[index=1, start=10, end=20]]}",
                        "{0=[GenomeRegionSplit[index=2, start=20, end=30]]}");
        assertThat(context.hasNoMoreSplits(1)).isTrue();
        assertThat(context.hasNoMoreSplits(0)).isFalse();
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
}
