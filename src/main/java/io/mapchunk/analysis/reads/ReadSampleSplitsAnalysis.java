package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.FastqRecord;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The first pass of a read sample: the reads and bases of every split (one value per split, at
 * its last chunk). From them the client knows how many reads there are, which the cut in key order
 * needs, and where each split's reads start in the file's numbering, which every later pass needs.
 */
public final class ReadSampleSplitsAnalysis implements ChunkAnalysis<SampleSplit, SampleSplits> {

    private static final long serialVersionUID = 1L;

    @Override
    public ChunkFolder<SampleSplit> newFolder(SequenceFile file) {
        return new ChunkFolder<>() {
            private final FastqRecord record = new FastqRecord();
            private long reads;
            private long bases;

            @Override
            public void add(SequenceChunk chunk, Consumer<SampleSplit> out) {
                ByteBuffer bytes = chunk.bytes();
                for (int at = 0; at < bytes.limit(); at = record.end()) {
                    record.walk(bytes, at, bytes.limit());
                    reads++;
                    bases += record.length();
                }
            }

            @Override
            public void finishPart(SequenceChunk last, Consumer<SampleSplit> out) {
                out.accept(new SampleSplit(last.split(), reads, bases));
                reads = 0;
                bases = 0;
            }
        };
    }

    @Override
    public Assembler<SampleSplit, SampleSplits> newAssembler(SequenceFile file, int splits) {
        return new Assembler<>() {
            private final long[] reads = new long[splits];
            private long bases;

            @Override
            public void accept(PartPlace place, SampleSplit value) {
                reads[value.split()] = value.reads();
                bases += value.bases();
            }

            @Override
            public SampleSplits result() {
                return new SampleSplits(reads, bases);
            }
        };
    }
}
