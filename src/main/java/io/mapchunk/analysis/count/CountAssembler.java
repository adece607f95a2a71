package io.mapchunk.analysis.count;

import io.mapchunk.analysis.PartResolver;
import org.apache.flink.util.function.SerializableFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Sees every {@link PartCount} of the file (a few per split and per record), resolves each to its
 * record, adds the CpG pairs that straddle part edges, and emits per-part {@link SequenceCount}s
 * for a keyed merge.
 */
public final class CountAssembler
        implements SerializableFunction<List<PartCount>, List<SequenceCount>> {

    private static final long serialVersionUID = 1L;

    private final String path;

    public CountAssembler(String path) {
        this.path = path;
    }

    @Override
    public List<SequenceCount> apply(List<PartCount> parts) {
        List<SequenceCount> out = new ArrayList<>();
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
            out.add(new SequenceCount(ordinal, resolved.name(), counts));
        }
        return out;
    }
}
