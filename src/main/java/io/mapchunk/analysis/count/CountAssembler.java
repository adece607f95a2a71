package io.mapchunk.analysis.count;

import io.mapchunk.analysis.PartResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Sees every {@link PartCount} of the file (a few per split and per record), resolves each to its
 * record, adds the CpG pairs that straddle part edges, and sums the parts of each record: one
 * {@link SequenceCount} per record, in file order.
 */
public final class CountAssembler {

    private CountAssembler() {}

    /** The records of a file read as {@code splits} splits, from all their parts. */
    public static List<SequenceCount> assemble(List<PartCount> parts, int splits, String path) {
        List<SequenceCount> out = new ArrayList<>();
        BaseCounts record = null;
        long ordinal = -1;
        int lastClass = 0;
        for (PartResolver.Resolved<PartCount> resolved :
                PartResolver.resolve(parts, splits, path, p -> p.counts().length)) {
            PartCount part = resolved.part();
            if (resolved.ordinal() != ordinal) {
                ordinal = resolved.ordinal();
                record = new BaseCounts();
                out.add(new SequenceCount(ordinal, resolved.name(), record));
                lastClass = 0;
            }
            if (part.counts().length > 0) {
                CountKernel.bridge(lastClass, part.firstClass(), record);
                record.add(part.counts());
                lastClass = part.lastClass();
            }
        }
        return out;
    }
}
