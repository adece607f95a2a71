package io.mapchunk.analysis;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.PartPlace;
import org.apache.flink.api.common.functions.FlatMapFunction;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of {@link ChunkAnalysis analyses} that run together in one scan of a file: one folder
 * function for the subtasks, one {@link Results} for the client.
 */
public final class Pass implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ChunkAnalysis<?, ?>> analyses;

    private Pass(List<ChunkAnalysis<?, ?>> analyses) {
        if (analyses.isEmpty()) {
            throw new IllegalArgumentException("a pass needs at least one analysis");
        }
        analyses.forEach(PassValues::valueType);
        this.analyses = analyses;
    }

    public static Pass of(ChunkAnalysis<?, ?>... analyses) {
        return new Pass(List.of(analyses));
    }

    /** True when some analysis' values must be taken as they arrive. */
    public boolean streamed() {
        return analyses.stream().anyMatch(ChunkAnalysis::streamed);
    }

    /** The subtasks' function over {@code file}: chunks in, {@link PassRecord}s out. */
    public FlatMapFunction<SequenceChunk, PassRecord> folder(SequenceFile file) {
        return new PassFolder(analyses, file);
    }

    /** Fresh client-side assemblers for one run over {@code file}, read as {@code splits} splits. */
    public Results newResults(SequenceFile file, int splits) {
        return new Results(file, splits);
    }

    /** The client side of one run: every record goes to its analysis' assembler. */
    public final class Results {

        private final Assembler<Object, ?>[] assemblers;
        private final Map<ChunkAnalysis<?, ?>, Object> results = new IdentityHashMap<>();
        private final PassValues values = new PassValues(analyses);
        private PartPlace lastPlace;

        @SuppressWarnings("unchecked")
        private Results(SequenceFile file, int splits) {
            assemblers = new Assembler[analyses.size()];
            for (int i = 0; i < assemblers.length; i++) {
                assemblers[i] = (Assembler<Object, ?>) analyses.get(i).newAssembler(file, splits);
            }
        }

        public void accept(PassRecord record) {
            if (record.place.equals(lastPlace)) {
                record.place = lastPlace; // the analyses of a part emit one after another
            }
            lastPlace = record.place;
            try {
                assemblers[record.analysis].accept(record.place,
                        values.decode(record.analysis, record.value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The result of {@code analysis}, which must be one of the pass' analyses. */
        @SuppressWarnings("unchecked")
        public <R> R get(ChunkAnalysis<?, R> analysis) {
            return (R) results.computeIfAbsent(analysis, a -> {
                for (int i = 0; i < analyses.size(); i++) {
                    if (analyses.get(i) == a) {
                        return assemblers[i].result();
                    }
                }
                throw new IllegalArgumentException("not an analysis of this pass: " + a);
            });
        }
    }
}
