package io.mapchunk.analysis;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.stitch.PartPlace;
import io.mapchunk.stitch.Stitcher;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Assembler} for per-part summaries: keeps them all, has the {@link Stitcher} put them in
 * file order with their records, and assembles the result from that.
 */
public abstract class StitchedAssembler<P, R> implements Assembler<P, R> {

    private final ArrayList<Stitcher.Placed<P>> parts = new ArrayList<>();
    protected final SequenceFile file;
    private final int splits;

    protected StitchedAssembler(SequenceFile file, int splits) {
        this.file = file;
        this.splits = splits;
    }

    @Override
    public final void accept(PartPlace place, P value) {
        parts.add(new Stitcher.Placed<>(place, value));
    }

    /** Assembles the result; the parts are let go, as a result is asked for once. */
    @Override
    public final R result() {
        List<Stitcher.Stitched<P>> stitched = Stitcher.stitch(parts, splits, file.path(),
                this::dataOf);
        parts.clear();
        parts.trimToSize();
        return assemble(stitched);
    }

    /** Above zero when {@code part} holds data, which is refused before the first header. */
    protected abstract long dataOf(P part);

    /** The result from every part, in file order, each with its record. */
    protected abstract R assemble(List<Stitcher.Stitched<P>> parts);
}
