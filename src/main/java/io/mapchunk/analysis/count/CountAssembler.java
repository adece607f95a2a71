package io.mapchunk.analysis.count;

import io.mapchunk.analysis.PartResolver;
import org.apache.flink.api.common.functions.MapPartitionFunction;
import org.apache.flink.util.Collector;

import java.util.ArrayList;
import java.util.List;

/**
 * Sees every {@link PartCount} of the file (a few per split and per record), resolves each to its
 * record, adds the CpG pairs that straddle part edges, and emits per-part {@link SequenceCount}s
 * for a keyed merge.
 */
public final class CountAssembler implements MapPartitionFunction<PartCount, SequenceCount> {

    private static final long serialVersionUID = 1L;

    private final String path;

    public CountAssembler(String path) {
        this.path = path;
    }

    @Override
    public void mapPartition(Iterable<PartCount> values, Collector<SequenceCount> out) {
        List<PartCount> parts = new ArrayList<>();
        values.forEach(parts::add);
        long ordinal = -1;
        int lastClass = 0;
        for (PartResolver.Resolved<PartCount> resolved :
                PartResolver.resolve(parts, path, p -> p.counts().length)) {
            PartCount part = resolved.part();
            BaseCounts counts = part.counts().copy();
            if (resolved.ordinal() != ordinal) {
                ordinal = resolved.ordinal();
                lastClass = 0;
            }
            if (counts.length > 0) {
                CountKernel.bridge(lastClass, part.firstClass(), counts);
                lastClass = part.lastClass();
            }
            out.collect(new SequenceCount(ordinal, resolved.name(), counts));
        }
    }
}
