package io.mapchunk.job;

import io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis;
import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.analysis.reads.ReadSummary;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.runtime.RunFigures;

import javax.annotation.Nullable;
import java.util.List;

/**
 * One file's statistics, kept small once its job is done: the length histogram, the counts and N
 * runs summed over all records, the letters the first record begins with, and the run's figures;
 * for a reads file also its {@link ReadSummary} (qualities, per-read GC), and no N runs.
 */
public record StatsResult(SequenceFile file, LengthStats lengths, BaseCounts total, long nRuns,
        LeadingAlphabetAnalysis.Letters firstLetters, RunFigures figures,
        @Nullable ReadSummary reads) {

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
        return new StatsResult(file, LengthStats.of(lengths), total, runs, firstLetters, figures,
                null);
    }

    /** The statistics of a reads file. */
    public static StatsResult ofReads(SequenceFile file, ReadSummary reads, RunFigures figures) {
        return new StatsResult(file, reads.lengths(), reads.baseCounts(), 0, reads.firstLetters(),
                figures, reads);
    }
}
