package io.mapchunk.source.enumerator;

import org.apache.flink.annotation.Internal;
import io.mapchunk.source.split.GenomeRegionSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Nullable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Hands out byte-range splits on request, so a fast subtask takes more of the file. Each request
 * gets a share of what is left (guided self-scheduling: {@code ceil(remaining / (2 × readers))},
 * so one split each near the end), which keeps the request round trips few when splits are tiny.
 * Splits given back by a failed subtask go to the front of the queue and are read again.
 *
 * <p>Where splits know the hosts that store their bytes (HDFS), a request is served first with
 * splits stored on the requesting reader's host, in file order, then with the next ones in file
 * order, as flink-connector-files' locality-aware assigner prefers local splits.
 */
@Internal
public final class GenomeRegionEnumerator
        implements SplitEnumerator<GenomeRegionSplit, GenomeEnumeratorState> {

    private static final Logger LOG = LoggerFactory.getLogger(GenomeRegionEnumerator.class);

    private final SplitEnumeratorContext<GenomeRegionSplit> context;
    private final ArrayDeque<GenomeRegionSplit> remaining;

    public GenomeRegionEnumerator(
            SplitEnumeratorContext<GenomeRegionSplit> context, List<GenomeRegionSplit> splits) {
        this.context = context;
        this.remaining = new ArrayDeque<>(splits);
    }

    @Override
    public void start() {
        LOG.info("{} splits to read", remaining.size());
    }

    @Override
    public void handleSplitRequest(int subtaskId, @Nullable String requesterHostname) {
        if (remaining.isEmpty()) {
            context.signalNoMoreSplits(subtaskId);
            return;
        }
        int readers = Math.max(1, context.currentParallelism());
        int share = (int) Math.ceil(remaining.size() / (2.0 * readers));
        List<GenomeRegionSplit> batch = new ArrayList<>(share);
        if (requesterHostname != null) {
            Iterator<GenomeRegionSplit> splits = remaining.iterator();
            while (batch.size() < share && splits.hasNext()) {
                GenomeRegionSplit split = splits.next();
                if (split.hosts().contains(requesterHostname)) {
                    batch.add(split);
                    splits.remove();
                }
            }
        }
        while (batch.size() < share) {
            batch.add(remaining.poll());
        }
        context.assignSplits(new SplitsAssignment<>(Map.of(subtaskId, batch)));
    }

    @Override
    public void addSplitsBack(List<GenomeRegionSplit> splits, int subtaskId) {
        LOG.info("subtask {} gave back {} splits; they will be read again", subtaskId, splits.size());
        List<GenomeRegionSplit> back = new ArrayList<>(splits);
        back.sort(Comparator.comparingInt(GenomeRegionSplit::index).reversed());
        back.forEach(remaining::addFirst);
    }

    @Override
    public void addReader(int subtaskId) {
        // readers ask for splits themselves
    }

    @Override
    public GenomeEnumeratorState snapshotState(long checkpointId) {
        return new GenomeEnumeratorState(new ArrayList<>(remaining));
    }

    @Override
    public void close() {}
}
