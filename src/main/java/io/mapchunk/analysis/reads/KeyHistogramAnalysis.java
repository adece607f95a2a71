package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;

import java.util.function.Consumer;

/**
 * A pass of {@code sample --bases}: how many reads, and how many bases, have their key in each
 * bucket of a range ({@link KeyRange}), so the client can find the bucket where the bases of the
 * reads in key order reach the target without holding a key per read. 64 KiB per split.
 */
public final class KeyHistogramAnalysis implements ChunkAnalysis<KeyHistogram, KeyHistogram> {

    private static final long serialVersionUID = 1L;

    private final SampleSplits splits;
    private final ReadSelection keys;
    private final KeyRange range;

    public KeyHistogramAnalysis(SampleSplits splits, ReadSelection keys, KeyRange range) {
        this.splits = splits;
        this.keys = keys;
        this.range = range;
    }

    @Override
    public ChunkFolder<KeyHistogram> newFolder(SequenceFile file) {
        return new ChunkFolder<>() {
            private final KeyedReads reads = new KeyedReads(splits, keys);
            private KeyHistogram histogram = KeyHistogram.empty();
            private boolean counted;

            @Override
            public void add(SequenceChunk chunk, Consumer<KeyHistogram> out) {
                reads.walk(chunk, (key, record, bytes) -> {
                    if (range.contains(key)) {
                        int b = range.bucket(key);
                        histogram.reads()[b]++;
                        histogram.bases()[b] += record.length();
                        counted = true;
                    }
                });
            }

            /** One histogram (64 kB) per split that counted a read: none for the rest. */
            @Override
            public void finishPart(SequenceChunk last, Consumer<KeyHistogram> out) {
                if (counted) {
                    out.accept(histogram);
                    histogram = KeyHistogram.empty();
                    counted = false;
                }
            }
        };
    }

    @Override
    public Assembler<KeyHistogram, KeyHistogram> newAssembler(SequenceFile file, int splits) {
        return new Assembler<>() {
            private final KeyHistogram sum = KeyHistogram.empty();

            @Override
            public void accept(PartPlace place, KeyHistogram value) {
                sum.add(value);
            }

            @Override
            public KeyHistogram result() {
                return sum;
            }
        };
    }
}
