package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.SplittableRandom;

/**
 * The work of one {@link SampleUnit}, without Flink: draws its starts from the unit's own seed (in
 * genome order), gives each a random key, reads its window from the mapped file (only those pages)
 * and hands on the windows the unit keeps: with {@code excludeN} only those without N, and only
 * those within the unit's cutoff.
 */
public final class UnitSampler {

    /** Receives a kept window; {@code bases[0..length)} is reused after the call returns. */
    @FunctionalInterface
    public interface Windows {
        void accept(long global, int record, long pos, long key, byte[] bases, int length)
                throws IOException;
    }

    private final FileChannel channel;
    private final String path;
    private final GenomeSpace space;
    private final boolean excludeN;
    private final byte[] bases;

    public UnitSampler(FileChannel channel, String path, GenomeSpace space, boolean excludeN) {
        this.channel = channel;
        this.path = path;
        this.space = space;
        this.excludeN = excludeN;
        this.bases = new byte[(int) space.windowLength()];
    }

    public void sample(SampleUnit unit, Windows out) throws IOException {
        SplittableRandom random = new SplittableRandom(unit.seed());
        long[] starts = unit.distinct() ? Draws.distinct(random, unit.draws(), unit.size())
                : Draws.withReplacement(random, unit.draws(), unit.size());
        int length = bases.length;
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
                long pos = global - space.firstStart(record);
                reader.read(entry, pos, length, reach, bases);
                if ((!excludeN || !hasN(bases, length)) && unit.keeps(key, global)) {
                    out.accept(global, record, pos, key, bases, length);
                }
            }
        }
    }

    static boolean hasN(byte[] bases, int length) {
        for (int i = 0; i < length; i++) {
            if ((bases[i] | 0x20) == 'n') {
                return true;
            }
        }
        return false;
    }

    static boolean hasN(byte[] bases) {
        return hasN(bases, bases.length);
    }
}
