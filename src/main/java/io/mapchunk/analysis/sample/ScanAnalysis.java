package io.mapchunk.analysis.sample;

import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.InputFileException;
import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.GenomeCoordinates;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.WindowSource;
import io.mapchunk.stitch.PartPlace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A full-pass sample: {@code k} distinct positions, uniform among those matching a predicate,
 * chosen as the bottom-k by a random key per genome coordinate. Each split's bottom-k is computed
 * where the split is read ({@link ChunkReservoir}); the union holds the global bottom-k, which the
 * client merges exactly, whatever the parallelism or split size.
 */
public final class ScanAnalysis implements ChunkAnalysis<ScanPick, List<SampleRow>> {

    private static final long serialVersionUID = 1L;

    private final GenomeCoordinates coordinates;
    private final ScanPredicate predicate;
    private final long seed;
    private final int k;

    public ScanAnalysis(FastaIndex index, ScanPredicate predicate, long seed, int k) {
        this.coordinates = new GenomeCoordinates(index);
        this.predicate = predicate;
        this.seed = seed;
        this.k = k;
    }

    /** The random key of genome coordinate {@code position}. */
    public static long key(long seed, long position) {
        return Seeds.mix(Seeds.mix(seed) ^ position);
    }

    @Override
    public ChunkFolder<ScanPick> newFolder(SequenceFile file) {
        return new ChunkReservoir(file.path(), coordinates, predicate, seed, k);
    }

    @Override
    public Assembler<ScanPick, List<SampleRow>> newAssembler(SequenceFile file, int splits) {
        BottomK merged = new BottomK(k);
        return new Assembler<>() {
            @Override
            public void accept(PartPlace place, ScanPick pick) {
                merged.offer(pick.key(), pick.position());
            }

            @Override
            public List<SampleRow> result() {
                try {
                    return rows(file, merged.sortedPositions());
                } catch (IOException e) {
                    throw new InputFileException(file.path() + ": cannot read: " + e.getMessage(), e);
                }
            }
        };
    }

    /** Turns sorted genome coordinates into rows, reading each base with a positional read. */
    private List<SampleRow> rows(SequenceFile file, long[] positions) throws IOException {
        List<SampleRow> rows = new ArrayList<>(positions.length);
        try (FileChannel channel = InputChannels.open(InputLocation.of(file.path()))) {
            WindowSource bases = file.format().windows(channel, file, coordinates);
            bases.startBatch(Long.MAX_VALUE);
            for (long position : positions) {
                int record = coordinates.recordOfGenome(position);
                long pos = position - coordinates.genomeStart(record);
                byte[] base = new byte[1];
                bases.read(record, pos, 1, base);
                rows.add(new SampleRow(record, pos, base));
            }
        }
        return rows;
    }
}
