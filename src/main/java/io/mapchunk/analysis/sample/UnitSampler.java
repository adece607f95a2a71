package io.mapchunk.analysis.sample;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.WindowSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.SplittableRandom;

/**
 * The work of one {@link SampleUnit}, without Flink: draws its starts from the unit's own seed (in
 * genome order), gives each a random key, reads its window from the file (only those bytes)
 * and hands on the windows the unit keeps: with {@code excludeN} only those without N, and only
 * those within the unit's cutoff. A sampler told not to read skips the file altogether (rows that
 * show only coordinates, without {@code excludeN}) and hands on an unfilled array.
 */
public final class UnitSampler {

    /** Receives a kept window; {@code bases[0..length)} is reused after the call returns. */
    @FunctionalInterface
    public interface Windows {
        void accept(long global, int record, long pos, long key, byte[] bases, int length)
                throws IOException;
    }

    private final GenomeSpace space;
    private final boolean excludeN;
    private final boolean read;
    private final byte[] bases;
    private final WindowSource reader;

    public UnitSampler(FileChannel channel, SequenceFile file, GenomeSpace space,
            boolean excludeN) {
        this(channel, file, space, excludeN, true);
    }

    public UnitSampler(FileChannel channel, SequenceFile file, GenomeSpace space, boolean excludeN,
            boolean read) {
        this.space = space;
        this.excludeN = excludeN;
        this.read = read || excludeN;
        this.bases = new byte[this.read ? (int) space.windowLength() : 0];
        this.reader = file.format().windows(channel, file, space.coordinates());
    }

    public void sample(SampleUnit unit, Windows out) throws IOException {
        SplittableRandom random = new SplittableRandom(unit.seed());
        long[] starts = unit.distinct() ? Draws.distinct(random, unit.draws(), unit.size())
                : Draws.withReplacement(random, unit.draws(), unit.size());
        int length = (int) space.windowLength();
        if (read) {
            reader.startBatch((space.offsetOf(unit.from() + starts[starts.length - 1])
                    - space.offsetOf(unit.from() + starts[0])) / starts.length);
        }
        for (long start : starts) {
            long key = random.nextLong();
            long global = unit.from() + start;
            int record = space.recordOf(global);
            long pos = global - space.firstStart(record);
            if (read) {
                reader.read(record, pos, length, bases);
            }
            if ((!excludeN || !hasN(bases, length)) && unit.keeps(key, global)) {
                out.accept(global, record, pos, key, bases, length);
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
