package io.mapchunk.analysis.index;

import io.mapchunk.analysis.PartFolder;
import io.mapchunk.source.SequenceChunk;

/**
 * Scans the chunks of each split part as they stream by (chained to the source, so never copied)
 * and emits one {@link PartLines} per part.
 */
public final class ChunkLineScanner extends PartFolder<PartLines> {

    private static final long serialVersionUID = 1L;

    private transient LineScanner scanner;

    @Override
    protected void startPart(SequenceChunk first) {
        if (scanner == null) {
            scanner = LineScanner.create();
        }
        scanner.reset(first.fileOffset());
    }

    @Override
    protected void addChunk(SequenceChunk chunk) {
        scanner.add(chunk.bytes(), chunk.fileOffset());
    }

    @Override
    protected PartLines finishPart(SequenceChunk chunk, boolean last) {
        return new PartLines(chunk.split(), chunk.part(), chunk.kind(), chunk.name(), scanner.finish(),
                last, last ? chunk.splitEnd() : null);
    }
}
