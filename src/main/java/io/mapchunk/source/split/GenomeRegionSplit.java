package io.mapchunk.source.split;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.connector.source.SourceSplit;
import java.util.List;

/**
 * A byte range {@code [start, end)} of the input file, read by one source subtask.
 *
 * <p>{@code hosts} are the hosts that store the range's bytes, where the file system says (HDFS
 * block locations); the enumerator prefers handing a split to a reader on one of them.
 *
 * <p>Splits are numbered in file order; the number lets downstream operators put the parts of a
 * sequence that spans several splits back together.
 */
@Internal
public record GenomeRegionSplit(int index, long start, long end, List<String> hosts)
        implements SourceSplit {

    /** A split with no known hosts (a local file: every reader's host holds it). */
    public GenomeRegionSplit(int index, long start, long end) {
        this(index, start, end, List.of());
    }

    public GenomeRegionSplit {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "bad split " + index + " [" + start + ", " + end + ")");
        }
        hosts = List.copyOf(hosts);
    }

    @Override
    public String splitId() {
        return Integer.toString(index);
    }
}
