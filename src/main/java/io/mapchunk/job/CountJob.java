package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.reads.ReadSummaryAnalysis;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.Set;

/**
 * The base-count job: one pass of {@link CountAnalysis}, with dinucleotides (in the same sweep of
 * the bytes) when the output reads that column; for a reads file (FASTQ) one pass of
 * {@link ReadSummaryAnalysis} instead (totals only, dinucleotides always). Chunks are counted where
 * they are read; nothing is shuffled.
 */
public final class CountJob {

    private CountJob() {}

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE, Set.of(RecordTable.COUNTS));
    }

    /** Counts what the output reads: {@code columns} of {@link RecordTable}. */
    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress, Set<RecordTable.Column<?>> columns) throws Exception {
        String name = "mapchunk count " + settings.input().fileName();
        if (settings.file().format().reads()) {
            ReadSummaryAnalysis reads = new ReadSummaryAnalysis();
            JobRunner.Scanned run = JobRunner.run(env, settings, name, Pass.of(reads), progress);
            return CountResult.ofReads(run.file().path(), run.results().get(reads), run.figures());
        }
        boolean dinucleotides = columns.contains(RecordTable.DINUCLEOTIDES);
        CountAnalysis counts = dinucleotides ? CountAnalysis.withDinucleotides()
                : CountAnalysis.bases();
        JobRunner.Scanned run = JobRunner.run(env, settings, name, Pass.of(counts), progress);
        RecordTable table = RecordTable.of(run.results().get(counts));
        return new CountResult(run.file().path(), dinucleotides ? table.withDinucleotides() : table,
                run.figures());
    }
}
