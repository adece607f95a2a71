package io.mapchunk.job;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.DinucleotideAnalysis;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.runtime.RunFigures;

import javax.annotation.Nullable;
import java.util.List;

/**
 * Per-record counts in file order, their total, and the run's figures; with the dinucleotide
 * counts of each record ({@link DinucleotideAnalysis#PAIRS} order) when they were asked for.
 */
public record CountResult(String input, List<SequenceCount> records,
        @Nullable List<long[]> dinucleotides, RunFigures figures) {

    public BaseCounts total() {
        BaseCounts total = new BaseCounts();
        records.forEach(record -> total.add(record.counts()));
        return total;
    }

    /** The dinucleotide counts summed over all records; null when they were not counted. */
    @Nullable
    public long[] totalDinucleotides() {
        if (dinucleotides == null) {
            return null;
        }
        long[] total = new long[DinucleotideAnalysis.PAIRS.size()];
        for (long[] record : dinucleotides) {
            for (int i = 0; i < total.length; i++) {
                total[i] += record[i];
            }
        }
        return total;
    }
}
