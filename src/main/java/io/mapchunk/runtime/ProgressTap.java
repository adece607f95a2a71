package io.mapchunk.runtime;

import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.GenomeRegionSplit;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Passes chunks through unchanged (chained to the source, so nothing is copied) and adds the file
 * bytes they cover to the {@value #BYTES_DONE} accumulator, which the client polls for progress and
 * the web dashboard shows.
 *
 * <p>Bytes are counted as file positions covered, not chunk lengths: the gap before a chunk (header
 * lines) and the rest of a split after its last chunk count too, so a finished job reports exactly
 * the file size.
 */
public final class ProgressTap extends RichMapFunction<SequenceChunk, SequenceChunk> {

    /** Name of the accumulator of the file bytes scanned so far (or {@link UnitTap} weights). */
    public static final String BYTES_DONE = "mapchunk-bytes-done";

    private static final long serialVersionUID = 1L;

    private final long fileSize;
    private final long splitSize;
    private transient LongCounter done;
    private transient GenomeRegionSplit split;
    private transient long position;

    public ProgressTap(long fileSize, long splitSize) {
        this.fileSize = fileSize;
        this.splitSize = splitSize;
    }

    @Override
    public void open(OpenContext openContext) {
        done = new LongCounter();
        getRuntimeContext().addAccumulator(BYTES_DONE, done);
    }

    @Override
    public SequenceChunk map(SequenceChunk chunk) {
        if (split == null || chunk.split() != split.index()) {
            split = SplitPlanner.split(fileSize, splitSize, chunk.split());
            position = split.start();
        }
        long covered = chunk.lastInSplit()
                ? split.end()
                : Math.min(split.end(), chunk.fileOffset() + chunk.length());
        if (covered > position) {
            done.add(covered - position);
            position = covered;
        }
        return chunk;
    }
}
