package io.mapchunk.analysis.sample;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.NaiveFasta;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Runs the sampler in-process (units in a shuffled order, as any subtask might) and tests fits. */
final class SampleFixture {

    private SampleFixture() {}

    /** Sampled rows in genome order, and the sequences too short to sample from. */
    record Result(List<SampleRow> rows, List<String> skipped) {}

    static Result sample(Path file, FastaIndex index, SampleRequest request, long shuffle)
            throws Exception {
        GenomeSpace space = new GenomeSpace(index, request.length());
        SequenceFile inspected = SequenceFile.inspect(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            SamplePlanner.Plan plan = SamplePlanner.plan(space, request, (units, hits) -> {
                List<SampleUnit> order = new ArrayList<>(units);
                Collections.shuffle(order, new Random(shuffle));
                UnitSampler keys = new UnitSampler(channel, inspected, space, true);
                for (SampleUnit unit : order) {
                    List<long[]> pairs = new ArrayList<>();
                    keys.sample(unit, (global, record, pos, key, bases, length) ->
                            pairs.add(new long[] {global, key}));
                    hits.accept(new SampleHits(unit.stratum(),
                            pairs.stream().mapToLong(p -> p[0]).toArray(),
                            pairs.stream().mapToLong(p -> p[1]).toArray()));
                }
            });
            UnitSampler sampler = new UnitSampler(channel, inspected, space,
                    request.excludeN());
            List<SampleRow> rows = new ArrayList<>();
            for (SampleUnit unit : plan.units()) {
                sampler.sample(unit, (global, record, pos, key, bases, length) ->
                        rows.add(new SampleRow(record, pos, Arrays.copyOf(bases, length))));
            }
            return new Result(rows, plan.skipped());
        }
    }

    static FastaIndex naiveIndex(List<NaiveFasta.Record> records) {
        List<FaiEntry> entries = new ArrayList<>();
        records.forEach(r -> entries.add(r.entry()));
        return new FastaIndex(entries);
    }

    /** p-value of observed counts against expected proportions (chi-square goodness of fit). */
    static double pValue(double[] expectedWeights, long[] observed) {
        return new ChiSquareTest().chiSquareTest(expectedWeights, observed);
    }
}
