package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.analysis.sample.ScanAnalysis;
import io.mapchunk.analysis.sample.ScanPredicate;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.List;

/** {@code sample --scan}: one pass of {@link ScanAnalysis}. */
public final class ScanSampleJob {

    private ScanSampleJob() {}

    public static List<SampleRow> run(StreamExecutionEnvironment env, JobSettings settings,
            FastaIndex index, ScanPredicate predicate, long seed, int k) throws Exception {
        return run(env, settings, index, predicate, seed, k, ProgressListener.NONE);
    }

    public static List<SampleRow> run(StreamExecutionEnvironment env, JobSettings settings,
            FastaIndex index, ScanPredicate predicate, long seed, int k, ProgressListener progress)
            throws Exception {
        ScanAnalysis scan = new ScanAnalysis(index, predicate, seed, k);
        return JobRunner.run(env, settings,
                "mapchunk sample --scan " + settings.input().fileName(), Pass.of(scan),
                progress).results().get(scan);
    }
}
