package io.mapchunk.analysis.gc;

/**
 * Base counts of consecutive bins of one record, as one subtask saw them: {@code counts} holds
 * {@link BinCounter#CLASSES} counters per bin (A, C, G, T, N, other, U). Bins at split and chunk edges
 * arrive in several runs, which the client adds up.
 *
 * <p>A POJO with public fields, so Flink serializes it without Kryo.
 */
public final class BinRun {

    public int record;
    public long firstBin;
    public int[] counts;

    public BinRun() {}

    public BinRun(int record, long firstBin, int[] counts) {
        this.record = record;
        this.firstBin = firstBin;
        this.counts = counts;
    }
}
