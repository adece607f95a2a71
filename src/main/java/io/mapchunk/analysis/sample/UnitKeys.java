package io.mapchunk.analysis.sample;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The first pass of {@code --exclude-n}: emits the (stratum, start, key) of every window without N
 * that a unit draws, so the planner can choose the ones with the smallest keys. No bases travel.
 */
public final class UnitKeys extends RichFlatMapFunction<SampleUnit, SampleHit> {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final GenomeSpace space;
    private transient FileChannel channel;
    private transient UnitSampler sampler;

    public UnitKeys(String path, GenomeSpace space) {
        this.path = path;
        this.space = space;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        channel = FileChannel.open(Path.of(path), StandardOpenOption.READ);
        sampler = new UnitSampler(channel, path, space, true);
    }

    @Override
    public void flatMap(SampleUnit unit, Collector<SampleHit> out) throws IOException {
        sampler.sample(unit, (global, record, pos, key, bases, length) ->
                out.collect(new SampleHit(unit.stratum(), global, key)));
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
