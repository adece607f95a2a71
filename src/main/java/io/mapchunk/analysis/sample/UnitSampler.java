package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;

/**
 * Draws the starts of one {@link SampleUnit} from the unit's own seed, reads their windows from the
 * mapped file (only those pages), and emits the hits; with {@code excludeN}, windows holding an N
 * are dropped here and the coordinator draws again.
 */
public final class UnitSampler extends RichFlatMapFunction<SampleUnit, SampleHit> {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final GenomeSpace space;
    private final boolean excludeN;
    private transient FileChannel channel;

    public UnitSampler(String path, GenomeSpace space, boolean excludeN) {
        this.path = path;
        this.space = space;
        this.excludeN = excludeN;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        channel = FileChannel.open(Path.of(path), StandardOpenOption.READ);
    }

    @Override
    public void flatMap(SampleUnit unit, Collector<SampleHit> out) throws IOException {
        sample(unit, channel, path, space, excludeN, out::collect);
    }

    /** The work of one unit, callable without Flink. */
    public static void sample(SampleUnit unit, FileChannel channel, String path, GenomeSpace space,
            boolean excludeN, java.util.function.Consumer<SampleHit> out) throws IOException {
        SplittableRandom random = new SplittableRandom(unit.seed());
        long[] starts = unit.distinct() ? Draws.distinct(random, unit.draws(), unit.size())
                : Draws.withReplacement(random, unit.draws(), unit.size());
        int length = (int) space.windowLength();
        long lastGlobal = unit.from() + starts[starts.length - 1];
        int lastRecord = space.recordOf(lastGlobal);
        long reach = space.entry(lastRecord).offsetOf(lastGlobal - space.firstStart(lastRecord)
                + length - 1) + 1;
        try (WindowReader reader = new WindowReader(channel, path)) {
            for (long start : starts) {
                long key = random.nextLong();
                long global = unit.from() + start;
                int record = space.recordOf(global);
                FaiEntry entry = space.entry(record);
                byte[] bases = reader.read(entry, global - space.firstStart(record), length, reach);
                if (!excludeN || !hasN(bases)) {
                    out.accept(new SampleHit(unit.stratum(), global, key, bases));
                }
            }
        }
    }

    static boolean hasN(byte[] bases) {
        for (byte b : bases) {
            if ((b | 0x20) == 'n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
