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
 * Per read position of a FASTQ file, the bases and the quality histogram (FastQC's "per base
 * sequence content" and "per base sequence quality", from which {@link PositionStatistics} gives
 * its figures exactly). Each subtask counts the records of its chunks into one
 * {@link PositionCounts} and emits it once per split; the client adds them up, which is exact in
 * any order. The chunks of a FASTQ file hold whole records the scanner has checked, so they are
 * walked ({@link FastqRecord#walk}), not parsed again.
 */
public final class PositionAnalysis implements ChunkAnalysis<PositionPart, PositionTable> {

    private static final long serialVersionUID = 1L;

    @Override
    public ChunkFolder<PositionPart> newFolder(SequenceFile file) {
        return new ChunkFolder<>() {
            private final PositionCounts counts = new PositionCounts();
            private final FastqRecord record = new FastqRecord();

            @Override
            public void add(SequenceChunk chunk, Consumer<PositionPart> out) {
                ByteBuffer bytes = chunk.bytes();
                for (int at = 0, limit = bytes.limit(); at < limit; at = record.end()) {
                    record.walk(bytes, at, limit);
                    counts.add(bytes, record.sequenceStart(), record.qualityStart(),
                            record.length());
                }
            }

            @Override
            public void finishPart(SequenceChunk last, Consumer<PositionPart> out) {
                out.accept(counts.part());
                counts.clear();
            }
        };
    }

    @Override
    public Assembler<PositionPart, PositionTable> newAssembler(SequenceFile file, int splits) {
        return new Assembler<>() {
            private final PositionCounts counts = new PositionCounts();

            @Override
            public void accept(PartPlace place, PositionPart value) {
                counts.add(value);
            }

            @Override
            public PositionTable result() {
                return PositionTable.of(counts.part());
            }
        };
    }
}
