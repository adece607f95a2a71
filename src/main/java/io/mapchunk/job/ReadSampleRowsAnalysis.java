package io.mapchunk.job;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.reads.KeyedReads;
import io.mapchunk.analysis.reads.ReadSelection;
import io.mapchunk.analysis.reads.SampleReadFormat;
import io.mapchunk.analysis.reads.SampleSplits;
import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The writing pass of a read sample: every subtask keys the reads of its splits by their index in
 * the file, lays out those the {@link ReadSelection} takes, in file order, and writes them to its
 * row file as pieces numbered within their split ({@link RowPiece#unit()} is the split), so the
 * client joins them in file order. Only the pieces' names come back, in the client's
 * {@link SampleRowFiles}.
 */
final class ReadSampleRowsAnalysis implements ChunkAnalysis<RowPiece, SampleRowFiles> {

    private static final long serialVersionUID = 1L;

    private final SampleSplits splits;
    private final ReadSelection selection;
    private final SampleReadFormat format;
    private final RowDirectory directory;
    private final int pieceSize;
    /** The client's side, which the assembler fills; not sent to the subtasks. */
    private final transient SampleRowFiles rows;

    ReadSampleRowsAnalysis(SampleSplits splits, ReadSelection selection, SampleReadFormat format,
            SampleRowFiles rows, int pieceSize) {
        this.splits = splits;
        this.selection = selection;
        this.format = format;
        this.directory = rows.target();
        this.rows = rows;
        this.pieceSize = pieceSize;
    }

    @Override
    public ChunkFolder<RowPiece> newFolder(SequenceFile file) {
        return new ChunkFolder<>() {
            private final KeyedReads reads = new KeyedReads(splits, selection);
            private final RowFile rowFile = new RowFile(directory);
            private final RowBuffer buffer = new RowBuffer(pieceSize, this::drain);
            private Consumer<RowPiece> out;
            private int split;
            private int piece;

            @Override
            public void add(SequenceChunk chunk, Consumer<RowPiece> emit) {
                out = emit;
                if (chunk.split() != split) {
                    split = chunk.split();
                    piece = 0;
                }
                try {
                    reads.walk(chunk, (key, record, bytes) -> {
                        if (selection.takes(key)) {
                            format.write(record, bytes, buffer);
                        }
                    });
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            /** A split's last piece is written when the split ends: pieces never span splits. */
            @Override
            public void finishPart(SequenceChunk last, Consumer<RowPiece> emit) {
                out = emit;
                try {
                    buffer.flush();
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            private UncheckedIOException failed(IOException e) {
                return new UncheckedIOException("cannot write sampled reads to "
                        + directory.path(), e);
            }

            private void drain(byte[] bytes, int length) throws IOException {
                out.accept(rowFile.write(split, piece++, bytes, length));
            }

            @Override
            public void close() {
                try {
                    rowFile.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public Assembler<RowPiece, SampleRowFiles> newAssembler(SequenceFile file, int splitCount) {
        return new Assembler<>() {
            @Override
            public void accept(PartPlace place, RowPiece piece) {
                rows.add(piece);
            }

            @Override
            public SampleRowFiles result() {
                return rows;
            }
        };
    }

    /** Pieces may carry rows (from a subtask that cannot see the row directory): take them as they come. */
    @Override
    public boolean streamed() {
        return true;
    }
}
