package io.mapchunk.analysis;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The task side of a {@link Pass}: finds where split parts begin and end in the chunk stream (a
 * reader emits a split's chunks in file order) and runs every analysis' folder over each chunk.
 * Chained to the source, so chunks are never copied.
 */
final class PassFolder extends RichFlatMapFunction<SequenceChunk, PassRecord> {

    private static final long serialVersionUID = 1L;

    private final List<ChunkAnalysis<?, ?>> analyses;
    private final SequenceFile file;
    private transient ChunkFolder<Object>[] folders;
    private transient Consumer<Object>[] emitters;
    private transient PassValues values;
    private transient SequenceChunk open;
    private transient PartPlace place;
    private transient Collector<PassRecord> out;

    PassFolder(List<ChunkAnalysis<?, ?>> analyses, SequenceFile file) {
        this.analyses = analyses;
        this.file = file;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(OpenContext context) {
        folders = new ChunkFolder[analyses.size()];
        emitters = new Consumer[analyses.size()];
        values = new PassValues(analyses);
        for (int i = 0; i < folders.length; i++) {
            folders[i] = (ChunkFolder<Object>) analyses.get(i).newFolder(file);
            int analysis = i;
            emitters[i] = value -> out.collect(
                    new PassRecord(analysis, place, encode(analysis, value)));
        }
    }

    @Override
    public void flatMap(SequenceChunk chunk, Collector<PassRecord> collector) {
        out = collector;
        boolean samePart = open != null && open.split() == chunk.split()
                && open.part() == chunk.part();
        if (open != null && !samePart) {
            finishPart(open, false);
        }
        if (!samePart) {
            place = placeOf(chunk, false);
            for (ChunkFolder<Object> folder : folders) {
                folder.startPart(chunk);
            }
        }
        open = chunk;
        for (int i = 0; i < folders.length; i++) {
            folders[i].add(chunk, emitters[i]);
        }
        if (chunk.lastInSplit()) {
            finishPart(chunk, true);
            open = null;
        }
    }

    private void finishPart(SequenceChunk last, boolean lastInSplit) {
        place = placeOf(last, lastInSplit);
        for (int i = 0; i < folders.length; i++) {
            folders[i].finishPart(last, emitters[i]);
        }
    }

    private byte[] encode(int analysis, Object value) {
        try {
            return values.encode(analysis, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartPlace placeOf(SequenceChunk chunk, boolean lastInSplit) {
        return new PartPlace(chunk.split(), chunk.part(), chunk.kind(), chunk.name(),
                chunk.nameIndented(), lastInSplit,
                lastInSplit ? chunk.splitEnd() : null);
    }

    @Override
    public void close() {
        if (folders != null) {
            for (ChunkFolder<Object> folder : folders) {
                folder.close();
            }
        }
    }
}
