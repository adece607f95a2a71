package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The last counting pass of {@code sample --bases}: the key and length of every read whose key
 * lies in one narrow range (the bucket where the target is reached, which holds few reads), so the
 * client can find the exact key at which the bases reach the target. The client's result has each
 * key once, in key order, with the bases of all the reads that share it (the two mates of a pair).
 */
public final class KeyLengthsAnalysis implements ChunkAnalysis<KeyLengths, KeyLengths> {

    private static final long serialVersionUID = 1L;

    private final SampleSplits splits;
    private final ReadSelection keys;
    private final KeyRange range;

    public KeyLengthsAnalysis(SampleSplits splits, ReadSelection keys, KeyRange range) {
        this.splits = splits;
        this.keys = keys;
        this.range = range;
    }

    @Override
    public ChunkFolder<KeyLengths> newFolder(SequenceFile file) {
        return new ChunkFolder<>() {
            private final KeyedReads reads = new KeyedReads(splits, keys);
            private long[] found = new long[16];
            private long[] lengths = new long[16];
            private int size;

            @Override
            public void add(SequenceChunk chunk, Consumer<KeyLengths> out) {
                reads.walk(chunk, (key, record, bytes) -> {
                    if (range.contains(key)) {
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                            lengths = Arrays.copyOf(lengths, size * 2);
                        }
                        found[size] = key;
                        lengths[size++] = record.length();
                    }
                });
            }

            @Override
            public void finishPart(SequenceChunk last, Consumer<KeyLengths> out) {
                out.accept(new KeyLengths(Arrays.copyOf(found, size), Arrays.copyOf(lengths, size)));
                size = 0;
            }
        };
    }

    @Override
    public Assembler<KeyLengths, KeyLengths> newAssembler(SequenceFile file, int splits) {
        return new Assembler<>() {
            private long[] found = new long[0];
            private long[] lengths = new long[0];

            @Override
            public void accept(PartPlace place, KeyLengths value) {
                int at = found.length;
                found = Arrays.copyOf(found, at + value.keys().length);
                lengths = Arrays.copyOf(lengths, at + value.keys().length);
                System.arraycopy(value.keys(), 0, found, at, value.keys().length);
                System.arraycopy(value.lengths(), 0, lengths, at, value.keys().length);
            }

            @Override
            public KeyLengths result() {
                return KeyLengths.merged(found, lengths);
            }
        };
    }
}
