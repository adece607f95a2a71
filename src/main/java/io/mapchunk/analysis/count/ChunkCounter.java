package io.mapchunk.analysis.count;

import io.mapchunk.source.SequenceChunk;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Counts the chunks of each split part as they stream by (a reader emits a split's chunks in file
 * order) and emits one {@link PartCount} when the part ends. Runs chained to the source, so chunks
 * are never copied.
 */
public final class ChunkCounter implements FlatMapFunction<SequenceChunk, PartCount> {

    private static final long serialVersionUID = 1L;

    private transient CountKernel kernel;
    private transient SequenceChunk open;

    @Override
    public void flatMap(SequenceChunk chunk, Collector<PartCount> out) {
        if (kernel == null) {
            kernel = new CountKernel();
        }
        if (open != null && (open.split() != chunk.split() || open.part() != chunk.part())) {
            out.collect(finish(open, false));
        }
        if (open == null || open.split() != chunk.split() || open.part() != chunk.part()) {
            kernel.reset();
        }
        open = chunk;
        kernel.add(chunk.bytes());
        if (chunk.lastInSplit()) {
            out.collect(finish(chunk, true));
            open = null;
        }
    }

    private PartCount finish(SequenceChunk chunk, boolean last) {
        return new PartCount(chunk.split(), chunk.part(), chunk.kind(), chunk.name(), kernel.counts(),
                kernel.firstClass(), kernel.lastClass(), last, last ? chunk.splitEnd() : null);
    }
}
