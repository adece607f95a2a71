package io.mapchunk.job;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.Dinucleotides;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.analysis.reads.ReadSummary;
import io.mapchunk.runtime.RunFigures;

import javax.annotation.Nullable;
import java.util.List;

/**
 * The per-record results of a counting pass ({@link RecordTable}), their totals, and the run's
 * figures; for a reads file (FASTQ) no records, only the totals, from its {@link ReadSummary}.
 */
public record CountResult(String input, RecordTable table, RunFigures figures,
        @Nullable ReadSummary reads) {

    /** The result of a file of records. */
    public CountResult(String input, RecordTable table, RunFigures figures) {
        this(input, table, figures, null);
    }

    /** The result of a reads file: no per-record rows. */
    public static CountResult ofReads(String input, ReadSummary reads, RunFigures figures) {
        return new CountResult(input, RecordTable.of(List.of()), figures, reads);
    }

    /** Each record's base counts, in file order. */
    public List<SequenceCount> records() {
        return table.column(RecordTable.COUNTS);
    }

    public BaseCounts total() {
        if (reads != null) {
            return reads.baseCounts();
        }
        BaseCounts total = new BaseCounts();
        records().forEach(record -> total.add(record.counts()));
        return total;
    }

    /** The dinucleotide counts summed over all records; null when they were not counted. */
    @Nullable
    public long[] totalDinucleotides() {
        if (reads != null) {
            return reads.dinucleotides();
        }
        if (!table.has(RecordTable.DINUCLEOTIDES)) {
            return null;
        }
        long[] total = new long[Dinucleotides.PAIRS.size()];
        for (long[] pairs : table.column(RecordTable.DINUCLEOTIDES)) {
            for (int i = 0; i < total.length; i++) {
                total[i] += pairs[i];
            }
        }
        return total;
    }
}
