package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.DinucleotideAnalysis;
import io.mapchunk.analysis.gc.GcAnalysis;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Everything the report shows, from one scan of the file: base counts, dinucleotides and GC
 * windows run together as one {@link Pass}.
 */
public final class ReportJob {

    /** The counts (with dinucleotides and the run's figures) and the GC windows. */
    public record Report(CountResult counts, GcTable windows) {}

    private ReportJob() {}

    public static Report run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            WindowSpec spec, ProgressListener progress) throws Exception {
        CountAnalysis counts = new CountAnalysis();
        DinucleotideAnalysis pairs = new DinucleotideAnalysis();
        GcAnalysis gc = new GcAnalysis(index, spec);
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk report " + settings.input().fileName(), Pass.of(counts, pairs, gc),
                progress);
        CountResult result = new CountResult(run.file().path(), run.results().get(counts),
                run.results().get(pairs), run.figures());
        if (result.records().size() != index.size()) {
            throw new IllegalStateException(result.records().size()
                    + " sequences counted but " + index.size() + " indexed; nothing is written");
        }
        return new Report(result, run.results().get(gc));
    }
}
