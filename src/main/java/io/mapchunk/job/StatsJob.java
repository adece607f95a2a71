package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis;
import io.mapchunk.analysis.assembly.NRunAnalysis;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.reads.ReadSummaryAnalysis;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The statistics job. Records (FASTA, raw): base counts, N runs and the first record's letters in
 * one pass of {@link CountAnalysis}, {@link NRunAnalysis} and {@link LeadingAlphabetAnalysis};
 * lengths, N50 and the rest are computed from the per-record results ({@link RecordTable}) in the
 * client ({@link StatsResult}). Reads (FASTQ): one pass of {@link ReadSummaryAnalysis}, whose
 * summary holds everything.
 */
public final class StatsJob {

    private StatsJob() {}

    public static StatsResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        settings = settings.inspect();
        String name = "mapchunk stats " + settings.input().fileName();
        if (settings.file().format().reads()) {
            ReadSummaryAnalysis reads = new ReadSummaryAnalysis();
            JobRunner.Scanned run = JobRunner.run(env, settings, name, Pass.of(reads), progress);
            return StatsResult.ofReads(run.file(), run.results().get(reads), run.figures());
        }
        CountAnalysis counts = CountAnalysis.bases();
        NRunAnalysis runs = new NRunAnalysis();
        LeadingAlphabetAnalysis letters = new LeadingAlphabetAnalysis();
        JobRunner.Scanned run = JobRunner.run(env, settings, name, Pass.of(counts, runs, letters),
                progress);
        RecordTable table = RecordTable.of(run.results().get(counts))
                .with(RecordTable.N_RUNS, run.results().get(runs));
        return StatsResult.of(run.file(), table, run.results().get(letters), run.figures());
    }
}
