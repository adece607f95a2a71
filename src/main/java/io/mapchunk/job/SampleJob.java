package io.mapchunk.job;

import io.mapchunk.analysis.sample.GenomeSpace;
import io.mapchunk.analysis.sample.SampleHit;
import io.mapchunk.analysis.sample.SamplePlanner;
import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleUnit;
import io.mapchunk.analysis.sample.UnitSampler;
import io.mapchunk.format.FastaIndex;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Random windows without a full pass: the client plans units of work ({@link SamplePlanner}), the
 * units are spread over the subtasks, and each subtask maps only the pages its draws fall on.
 */
public final class SampleJob {

    private SampleJob() {}

    public static SamplePlanner.Result run(StreamExecutionEnvironment env, JobSettings settings,
            FastaIndex index, SampleRequest request) throws Exception {
        JobEnvironments.prepare(env, settings);
        GenomeSpace space = new GenomeSpace(index, request.length());
        String path = settings.input().toAbsolutePath().toString();
        return SamplePlanner.sample(space, request,
                units -> runUnits(env, path, space, request.excludeN(), units));
    }

    private static List<SampleHit> runUnits(StreamExecutionEnvironment env, String path,
            GenomeSpace space, boolean excludeN, List<SampleUnit> units) throws Exception {
        List<SampleHit> hits = new ArrayList<>();
        if (units.isEmpty()) {
            return hits;
        }
        CloseableIterator<SampleHit> results = env
                .fromData(units, TypeInformation.of(SampleUnit.class))
                .name("sample units")
                .rebalance()
                .flatMap(new UnitSampler(path, space, excludeN))
                .name("draw windows")
                .collectAsync();
        JobClient client = env.executeAsync("mapchunk sample");
        try (results) {
            results.forEachRemaining(hits::add);
        }
        client.getJobExecutionResult().get();
        return hits;
    }
}
