package io.mapchunk.analysis.index;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.PartSummarizer;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;


/**
 * A file's {@link FastaIndex} in one pass: each subtask summarises the line structure of its parts
 * ({@link LineScanner}), and the client stitches the summaries ({@link IndexAssembler}).
 */
public final class IndexAnalysis implements ChunkAnalysis<LineSummary, FastaIndex> {

    private static final long serialVersionUID = 1L;

    @Override
    public ChunkFolder<LineSummary> newFolder(SequenceFile file) {
        LineScanner scanner = LineScanner.create();
        return new PartSummarizer<>() {
            @Override
            public void startPart(SequenceChunk first) {
                scanner.reset(first.fileOffset());
            }

            @Override
            protected void add(SequenceChunk chunk) {
                scanner.add(chunk.bytes(), chunk.fileOffset());
            }

            @Override
            protected LineSummary summary() {
                return scanner.finish();
            }
        };
    }

    @Override
    public Assembler<LineSummary, FastaIndex> newAssembler(SequenceFile file, int splits) {
        return new IndexAssembler(file, splits);
    }
}
