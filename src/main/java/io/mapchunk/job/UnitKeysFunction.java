package io.mapchunk.job;

import io.mapchunk.analysis.sample.GenomeSpace;
import io.mapchunk.analysis.sample.SampleHits;
import io.mapchunk.analysis.sample.SampleUnit;
import io.mapchunk.analysis.sample.UnitSampler;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * The flatMap of the first job of {@code --exclude-n}: emits, per unit, the (start, key) of every
 * window without N it draws, so the planner can choose the ones with the smallest keys. No bases
 * travel.
 */
final class UnitKeysFunction extends RichFlatMapFunction<SampleUnit, SampleHits> {

    private static final long serialVersionUID = 1L;

    private final SequenceFile file;
    private final GenomeSpace space;
    private transient FileChannel channel;
    private transient UnitSampler sampler;

    UnitKeysFunction(SequenceFile file, GenomeSpace space) {
        this.file = file;
        this.space = space;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        channel = InputChannels.open(InputLocation.of(file.path()));
        sampler = new UnitSampler(channel, file, space, true);
    }

    @Override
    public void flatMap(SampleUnit unit, Collector<SampleHits> out) throws IOException {
        long[] starts = new long[unit.draws()];
        long[] keys = new long[unit.draws()];
        int[] kept = {0};
        sampler.sample(unit, (global, record, pos, key, bases, length) -> {
            starts[kept[0]] = global;
            keys[kept[0]++] = key;
        });
        out.collect(new SampleHits(unit.stratum(), Arrays.copyOf(starts, kept[0]),
                Arrays.copyOf(keys, kept[0])));
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
