package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;

import java.util.function.Consumer;

/**
 * The {@link ReadSummary} of a reads file in one pass: each subtask tallies the records of its
 * chunks (a FASTQ chunk holds whole records, so nothing is stitched) and emits one summary per
 * split that holds reads (a split inside one long read holds none: ten thousand such splits of a
 * few kB each filled a test's heap); the client adds them up, taking the first read from the lowest split that has reads.
 */
public final class ReadSummaryAnalysis implements ChunkAnalysis<ReadSummary, ReadSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public ChunkFolder<ReadSummary> newFolder(SequenceFile file) {
        ReadTally tally = new ReadTally();
        return new ChunkFolder<>() {
            @Override
            public void startPart(SequenceChunk first) {
                tally.reset();
            }

            @Override
            public void add(SequenceChunk chunk, Consumer<ReadSummary> out) {
                tally.addRecords(chunk.bytes());
            }

            @Override
            public void finishPart(SequenceChunk last, Consumer<ReadSummary> out) {
                if (!tally.isEmpty()) {
                    out.accept(tally.summary());
                }
            }
        };
    }

    @Override
    public Assembler<ReadSummary, ReadSummary> newAssembler(SequenceFile file, int splits) {
        ReadTally tally = new ReadTally();
        return new Assembler<>() {
            private int firstSplit = Integer.MAX_VALUE;

            @Override
            public void accept(PartPlace place, ReadSummary value) {
                boolean first = value.readCount > 0 && place.split() < firstSplit;
                if (first) {
                    firstSplit = place.split();
                }
                tally.add(value, first);
            }

            @Override
            public ReadSummary result() {
                return tally.summary();
            }
        };
    }
}
