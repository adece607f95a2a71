package io.mapchunk.analysis.count;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.PartSummarizer;
import io.mapchunk.analysis.StitchedAssembler;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.Stitcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Dinucleotide frequencies per record: adjacent pairs of two A/C/G/T bases, either case, across
 * line ends and split edges, in the order AA, AC, AG, AT, CA, ..., TT ({@link #PAIRS}). A pair that
 * touches N, an IUPAC code or any other byte is not counted. Parts are counted where they are read
 * (a {@code .2bit}'s on its packed codes, {@link PackedPairCounter});
 * the client adds the pair across each part edge from the classes of the bases on either side.
 */
public final class DinucleotideAnalysis implements ChunkAnalysis<DinucleotideAnalysis.Part, List<long[]>> {

    /** The 16 pair names, in the order of the counts. */
    public static final List<String> PAIRS = List.of("AA", "AC", "AG", "AT", "CA", "CC", "CG", "CT",
            "GA", "GC", "GG", "GT", "TA", "TC", "TG", "TT");

    private static final long serialVersionUID = 1L;
    private static final int NONE = PairCounter.NONE;

    /**
     * The pair counts of one part ({@code (first * 5 + second)}, 25 cells of which the 16 of two
     * bases are kept), and the classes of its first and last bytes other than line ends.
     */
    public record Part(long[] cells, int first, int last) {}

    @Override
    public ChunkFolder<Part> newFolder(SequenceFile file) {
        PairCounter counter = PairCounter.create();
        PackedPairCounter packed = new PackedPairCounter();
        return new PartSummarizer<>() {
            @Override
            public void startPart(SequenceChunk chunk) {
                counter.reset();
                packed.reset();
            }

            @Override
            protected void add(SequenceChunk chunk) {
                if (chunk.packed() != null) {
                    packed.add(chunk.packed());
                } else {
                    counter.add(chunk.bytes());
                }
            }

            @Override
            protected Part summary() {
                return packed.isEmpty() ? new Part(counter.cells, counter.first, counter.last)
                        : new Part(packed.cells, packed.first, packed.last);
            }
        };
    }

    @Override
    public Assembler<Part, List<long[]>> newAssembler(SequenceFile file, int splits) {
        return new StitchedAssembler<>(file, splits) {
            @Override
            protected long dataOf(Part part) {
                return part.first() == NONE ? 0 : 1;
            }

            @Override
            protected List<long[]> assemble(List<Stitcher.Stitched<Part>> parts) {
                List<long[]> records = new ArrayList<>();
                int last = NONE;
                for (Stitcher.Stitched<Part> stitched : parts) {
                    if (stitched.ordinal() == records.size()) {
                        records.add(new long[PAIRS.size()]);
                        last = NONE;
                    }
                    long[] pairs = records.get((int) stitched.ordinal());
                    Part part = stitched.value();
                    if (part.first() == NONE) {
                        continue;
                    }
                    if (last != NONE) {
                        addPair(pairs, last, part.first());
                    }
                    for (int a = 0; a < 4; a++) {
                        for (int b = 0; b < 4; b++) {
                            pairs[a * 4 + b] += part.cells()[a * 5 + b];
                        }
                    }
                    last = part.last();
                }
                return records;
            }
        };
    }

    private static void addPair(long[] pairs, int a, int b) {
        if (a < 4 && b < 4) {
            pairs[a * 4 + b]++;
        }
    }
}
