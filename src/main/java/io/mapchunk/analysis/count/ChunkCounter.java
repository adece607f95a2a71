package io.mapchunk.analysis.count;

import io.mapchunk.analysis.PartFolder;
import io.mapchunk.source.SequenceChunk;

/**
 * Counts the chunks of each split part as they stream by (a reader emits a split's chunks in file
 * order) and emits one {@link PartCount} when the part ends. Runs chained to the source, so chunks
 * are never copied.
 */
public final class ChunkCounter extends PartFolder<PartCount> {

    private static final long serialVersionUID = 1L;

    private transient BaseCountKernel kernel;

    @Override
    protected void startPart(SequenceChunk first) {
        if (kernel == null) {
            kernel = CountKernels.create();
        }
        kernel.reset();
    }

    @Override
    protected void addChunk(SequenceChunk chunk) {
        kernel.add(chunk.bytes());
    }

    @Override
    protected PartCount finishPart(SequenceChunk chunk, boolean last) {
        return new PartCount(chunk.split(), chunk.part(), chunk.kind(), chunk.name(), kernel.counts(),
                kernel.firstClass(), kernel.lastClass(), last, last ? chunk.splitEnd() : null);
    }
}
