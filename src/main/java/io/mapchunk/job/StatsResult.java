package io.mapchunk.job;

import io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis;
import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.runtime.RunFigures;

import java.util.List;

/**
 * One file's statistics, kept small once its job is done: the record lengths (8 bytes per
 * record), the counts and N runs summed over all records, the letters the first record begins
 * with, and the run's figures.
 */
public record StatsResult(SequenceFile file, LengthStats lengths, BaseCounts total, long nRuns,
        LeadingAlphabetAnalysis.Letters firstLetters, RunFigures figures) {

    /** The statistics of a table of per-record counts and N runs. */
    public static StatsResult of(SequenceFile file, RecordTable table,
            LeadingAlphabetAnalysis.Letters firstLetters, RunFigures figures) {
        List<SequenceCount> records = table.column(RecordTable.COUNTS);
        long[] lengths = new long[records.size()];
        BaseCounts total = new BaseCounts();
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = records.get(i).counts().length;
            total.add(records.get(i).counts());
        }
        long runs = table.column(RecordTable.N_RUNS).stream().mapToLong(Long::longValue).sum();
        return new StatsResult(file, LengthStats.of(lengths), total, runs, firstLetters, figures);
    }
}
