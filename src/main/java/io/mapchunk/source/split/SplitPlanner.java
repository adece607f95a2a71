package io.mapchunk.source.split;

import org.apache.flink.annotation.Internal;
import java.util.ArrayList;
import java.util.List;

/** Cuts a file of a given size into consecutive byte-range splits of at most {@code splitSize}. */
@Internal
public final class SplitPlanner {

    private SplitPlanner() {}

    public static List<GenomeRegionSplit> plan(long fileSize, long splitSize) {
        int count = count(fileSize, splitSize);
        List<GenomeRegionSplit> splits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            splits.add(split(fileSize, splitSize, i));
        }
        return splits;
    }

    /** Split {@code index} of {@link #plan}, without planning the others. */
    public static GenomeRegionSplit split(long fileSize, long splitSize, int index) {
        long start = index * splitSize;
        return new GenomeRegionSplit(index, start, Math.min(fileSize, start + splitSize));
    }

    /** How many splits {@link #plan} makes: at least one, even for an empty file. */
    public static int count(long fileSize, long splitSize) {
        if (splitSize <= 0) {
            throw new IllegalArgumentException("split size must be positive: " + splitSize);
        }
        long count = Math.max(1, (fileSize + splitSize - 1) / splitSize);
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "split size " + splitSize + " gives too many splits for " + fileSize + " bytes");
        }
        return (int) count;
    }
}
