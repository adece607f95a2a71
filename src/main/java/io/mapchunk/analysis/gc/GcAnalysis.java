package io.mapchunk.analysis.gc;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.stitch.PartPlace;

/**
 * Windowed base composition: subtasks count chunks into bins along each record, placing bases by
 * the {@code .fai} ({@link BinCounter}), and the client adds the bin runs into a {@link GcTable} as
 * they arrive. Partial bins at chunk and split edges need no stitching: addition commutes, and the
 * table has a slot for every bin. Streamed, since a fine window's bins are as large as the table.
 */
public final class GcAnalysis implements ChunkAnalysis<BinRun, GcTable> {

    private static final long serialVersionUID = 1L;

    private final FastaIndex index;
    private final WindowSpec spec;

    public GcAnalysis(FastaIndex index, WindowSpec spec) {
        this.index = index;
        this.spec = spec;
    }

    @Override
    public ChunkFolder<BinRun> newFolder(SequenceFile file) {
        return new BinCounter(file.path(), index, spec.binSize());
    }

    @Override
    public Assembler<BinRun, GcTable> newAssembler(SequenceFile file, int splits) {
        GcTable table = new GcTable(index, spec);
        return new Assembler<>() {
            @Override
            public void accept(PartPlace place, BinRun run) {
                table.add(run);
            }

            @Override
            public GcTable result() {
                table.requireComplete();
                return table;
            }
        };
    }

    @Override
    public boolean streamed() {
        return true;
    }
}
