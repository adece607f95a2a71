package io.mapchunk.analysis.index;

import io.mapchunk.source.SequenceChunk;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Scans the chunks of each split part as they stream by (chained to the source, so never copied)
 * and emits one {@link PartLines} per part.
 */
public final class ChunkLineScanner implements FlatMapFunction<SequenceChunk, PartLines> {

    private static final long serialVersionUID = 1L;

    private transient LineScanner scanner;
    private transient SequenceChunk open;

    @Override
    public void flatMap(SequenceChunk chunk, Collector<PartLines> out) {
        if (scanner == null) {
            scanner = new LineScanner();
        }
        boolean samePart = open != null && open.split() == chunk.split() && open.part() == chunk.part();
        if (open != null && !samePart) {
            out.collect(finish(open, false));
        }
        if (!samePart) {
            scanner.reset(chunk.fileOffset());
        }
        open = chunk;
        scanner.add(chunk.bytes(), chunk.fileOffset());
        if (chunk.lastInSplit()) {
            out.collect(finish(chunk, true));
            open = null;
        }
    }

    private PartLines finish(SequenceChunk chunk, boolean last) {
        return new PartLines(chunk.split(), chunk.part(), chunk.kind(), chunk.name(), scanner.finish(),
                last, last ? chunk.splitEnd() : null);
    }
}
