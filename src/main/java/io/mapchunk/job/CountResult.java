package io.mapchunk.job;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.Dinucleotides;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.runtime.RunFigures;

import javax.annotation.Nullable;
import java.util.List;

/**
 * Per-record counts in file order, their total, and the run's figures; {@code dinucleotides} when
 * each record's counts hold its pairs ({@link SequenceCount#pairs()}).
 */
public record CountResult(String input, List<SequenceCount> records, boolean dinucleotides,
        RunFigures figures) {

    public BaseCounts total() {
        BaseCounts total = new BaseCounts();
        records.forEach(record -> total.add(record.counts()));
        return total;
    }

    /** The dinucleotide counts summed over all records; null when they were not counted. */
    @Nullable
    public long[] totalDinucleotides() {
        if (!dinucleotides) {
            return null;
        }
        long[] total = new long[Dinucleotides.PAIRS.size()];
        for (SequenceCount record : records) {
            for (int i = 0; i < total.length; i++) {
                total[i] += record.pairs()[i];
            }
        }
        return total;
    }
}
