package io.mapchunk.analysis;

import io.mapchunk.source.SequenceChunk;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Folds the chunks of each split part, as a reader emits them in file order, into one summary per
 * part. Runs chained to the source, so chunks are never copied. Subclasses say how a part starts,
 * takes a chunk, and is summarised; this class finds where parts begin and end.
 */
public abstract class PartFolder<OUT> implements FlatMapFunction<SequenceChunk, OUT> {

    private static final long serialVersionUID = 1L;

    private transient SequenceChunk open;

    @Override
    public final void flatMap(SequenceChunk chunk, Collector<OUT> out) {
        boolean samePart = open != null && open.split() == chunk.split()
                && open.part() == chunk.part();
        if (open != null && !samePart) {
            out.collect(finishPart(open, false));
        }
        if (!samePart) {
            startPart(chunk);
        }
        open = chunk;
        addChunk(chunk);
        if (chunk.lastInSplit()) {
            out.collect(finishPart(chunk, true));
            open = null;
        }
    }

    /** A new part begins with {@code first}. */
    protected abstract void startPart(SequenceChunk first);

    /** Folds one chunk of the open part. */
    protected abstract void addChunk(SequenceChunk chunk);

    /** The open part's summary; {@code lastInSplit} marks the split's last part. */
    protected abstract OUT finishPart(SequenceChunk last, boolean lastInSplit);
}
