package io.mapchunk.analysis.index;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;

import java.util.function.Consumer;

/**
 * A file's {@link FastaIndex} in one pass: each subtask summarises the line structure of its parts
 * ({@link LineScanner}), and the client stitches the summaries ({@link IndexAssembler}).
 */
public final class IndexAnalysis implements ChunkAnalysis<LineSummary, FastaIndex> {

    private static final long serialVersionUID = 1L;

    @Override
    public ChunkFolder<LineSummary> newFolder() {
        LineScanner scanner = LineScanner.create();
        return new ChunkFolder<>() {
            @Override
            public void startPart(SequenceChunk first) {
                scanner.reset(first.fileOffset());
            }

            @Override
            public void add(SequenceChunk chunk, Consumer<LineSummary> out) {
                scanner.add(chunk.bytes(), chunk.fileOffset());
            }

            @Override
            public void finishPart(SequenceChunk last, Consumer<LineSummary> out) {
                out.accept(scanner.finish());
            }
        };
    }

    @Override
    public Assembler<LineSummary, FastaIndex> newAssembler(SequenceFile file, int splits) {
        return new IndexAssembler(file, splits);
    }
}
