package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.assembly.NRunAnalysis;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.gc.GcAnalysis;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.analysis.reads.PositionAnalysis;
import io.mapchunk.analysis.reads.PositionTable;
import io.mapchunk.analysis.reads.ReadSummary;
import io.mapchunk.analysis.reads.ReadSummaryAnalysis;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.runtime.RunFigures;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Everything the report shows, from one scan of the file: for an assembly, base counts with
 * dinucleotides, N runs and GC windows run together as one {@link Pass}; for reads, the read
 * summary (lengths, qualities, per-read GC, dinucleotides) and the per-position table.
 */
public final class ReportJob {

    /**
     * The counts (a table with dinucleotides and N runs, and the run's figures), the GC windows,
     * and the length statistics of all records (empty ones too), which the page shows in several
     * places.
     */
    public record Report(CountResult counts, GcTable windows, LengthStats lengths) {}

    /** A reads file's page: its read summary, its per-position table and the run's figures. */
    public record ReadsReport(String input, ReadSummary summary, PositionTable positions,
            RunFigures figures) {}

    private ReportJob() {}

    /** The report of a reads (FASTQ) file. */
    public static ReadsReport runReads(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        ReadSummaryAnalysis summary = new ReadSummaryAnalysis();
        PositionAnalysis positions = new PositionAnalysis();
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk report " + settings.input().fileName(), Pass.of(summary, positions),
                progress);
        return new ReadsReport(run.file().path(), run.results().get(summary),
                run.results().get(positions), run.figures());
    }

    public static Report run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            WindowSpec spec, ProgressListener progress) throws Exception {
        CountAnalysis counts = CountAnalysis.withDinucleotides();
        NRunAnalysis runs = new NRunAnalysis();
        GcAnalysis gc = new GcAnalysis(index, spec);
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk report " + settings.input().fileName(), Pass.of(counts, runs, gc),
                progress);
        RecordTable table = RecordTable.of(run.results().get(counts)).withDinucleotides()
                .with(RecordTable.N_RUNS, run.results().get(runs));
        if (table.indexed() != index.size()) { // the index leaves empty records out, as samtools does
            throw new IllegalStateException(table.indexed() + " non-empty sequences counted but "
                    + index.size() + " indexed; nothing is written");
        }
        CountResult result = new CountResult(run.file().path(), table, run.figures());
        long[] lengths = result.records().stream().mapToLong(r -> r.counts().length).toArray();
        return new Report(result, run.results().get(gc), LengthStats.of(lengths));
    }
}
