package io.mapchunk.source.split;

import io.mapchunk.io.InputLocation;
import io.mapchunk.io.RemoteFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.annotation.Internal;
import org.apache.flink.core.fs.BlockLocation;

/**
 * Splits of a file on a file system with blocks (HDFS): the split size rounded to whole blocks,
 * so splits fall on block boundaries, and each split given the hosts of the block it starts in
 * (with whole-block splits, the hosts that hold all of its bytes).
 */
@Internal
public final class BlockHosts {

    private BlockHosts() {}

    /**
     * {@code splitSize} rounded to a whole number of the file's blocks (at least one), or as it is
     * when the file system reports no blocks.
     */
    public static long alignedSplitSize(InputLocation location, long splitSize) {
        long block = location.status().getBlockSize();
        return block <= 0 ? splitSize : Math.max(1, Math.round((double) splitSize / block)) * block;
    }

    /** {@code splits} with the hosts of the blocks they start in. */
    public static List<GenomeRegionSplit> withHosts(InputLocation location,
            List<GenomeRegionSplit> splits) {
        BlockLocation[] blocks = RemoteFiles.blocks(location);
        List<GenomeRegionSplit> located = new ArrayList<>(splits.size());
        int b = 0;
        for (GenomeRegionSplit split : splits) {
            while (b < blocks.length && blocks[b].getOffset() + blocks[b].getLength() <= split.start()) {
                b++;
            }
            located.add(b < blocks.length && blocks[b].getOffset() <= split.start()
                    ? new GenomeRegionSplit(split.index(), split.start(), split.end(),
                            hosts(location, blocks[b]))
                    : split);
        }
        return located;
    }

    private static List<String> hosts(InputLocation location, BlockLocation block) {
        try {
            return List.of(block.getHosts());
        } catch (IOException e) {
            throw RemoteFiles.failure(location, e);
        }
    }
}
