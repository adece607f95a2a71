package io.mapchunk.source.split;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * A byte range {@code [start, end)} of the input file, read by one source subtask.
 *
 * <p>Splits are numbered in file order; the number lets downstream operators put the parts of a
 * sequence that spans several splits back together.
 */
@Internal
public record GenomeRegionSplit(int index, long start, long end) implements SourceSplit {

    public GenomeRegionSplit {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "bad split " + index + " [" + start + ", " + end + ")");
        }
    }

    @Override
    public String splitId() {
        return Integer.toString(index);
    }
}
