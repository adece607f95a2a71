package io.mapchunk.analysis.count;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.PartSummarizer;
import io.mapchunk.analysis.StitchedAssembler;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.VectorApi;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.Stitcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Base counts per record, and {@link Dinucleotides} when asked for: each subtask counts its parts
 * with the fastest {@link CountKernel} ({@link CountKernels}), which counts the pairs in the
 * same sweep of the bytes, or a {@code .2bit}'s on its packed codes ({@link PackedCounter},
 * {@link PackedPairCounter}); the client sums the parts of each record, adding the pairs that
 * straddle part edges. One {@link SequenceCount} per record, in file order.
 */
public final class CountAnalysis implements ChunkAnalysis<PartCount, List<SequenceCount>> {

    private static final long serialVersionUID = 1L;

    private final boolean dinucleotides;

    private CountAnalysis(boolean dinucleotides) {
        this.dinucleotides = dinucleotides;
    }

    /** Base counts only. */
    public static CountAnalysis bases() {
        return new CountAnalysis(false);
    }

    /** Base counts and the dinucleotides of each record ({@link SequenceCount#pairs()}). */
    public static CountAnalysis withDinucleotides() {
        return new CountAnalysis(true);
    }

    @Override
    public ChunkFolder<PartCount> newFolder(SequenceFile file) {
        boolean vector = VectorApi.enabled();
        PairCounter pairs = dinucleotides ? CountKernels.pairCounter(vector) : null;
        CountKernel kernel = CountKernels.create(vector, pairs);
        PackedCounter packed = new PackedCounter();
        PackedPairCounter packedPairs = new PackedPairCounter();
        return new PartSummarizer<>() {
            @Override
            public void startPart(SequenceChunk first) {
                kernel.reset();
                packed.reset();
                if (pairs != null) {
                    pairs.reset();
                    packedPairs.reset();
                }
            }

            @Override
            protected void add(SequenceChunk chunk) {
                if (chunk.packed() != null) {
                    packed.add(chunk.packed());
                    if (pairs != null) {
                        packedPairs.add(chunk.packed());
                    }
                } else {
                    kernel.add(chunk.bytes());
                }
            }

            @Override
            protected PartCount summary() {
                if (!packed.isEmpty()) {
                    return new PartCount(packed.counts(), packed.firstClass(), packed.lastClass(),
                            pairs == null ? null : new Dinucleotides.Part(packedPairs.cells,
                                    packedPairs.first, packedPairs.last));
                }
                return new PartCount(kernel.counts(), kernel.firstClass(), kernel.lastClass(),
                        pairs == null ? null
                                : new Dinucleotides.Part(pairs.cells, pairs.first, pairs.last));
            }
        };
    }

    @Override
    public Assembler<PartCount, List<SequenceCount>> newAssembler(SequenceFile file, int splits) {
        return new StitchedAssembler<>(file, splits) {
            @Override
            protected long dataOf(PartCount part) {
                return part.counts().length;
            }

            @Override
            protected List<SequenceCount> assemble(List<Stitcher.Stitched<PartCount>> parts) {
                List<SequenceCount> out = new ArrayList<>();
                BaseCounts record = null;
                long[] recordPairs = null;
                long ordinal = -1;
                int lastClass = 0;
                int lastPair = PairCounter.NONE;
                for (Stitcher.Stitched<PartCount> stitched : parts) {
                    PartCount part = stitched.value();
                    if (stitched.ordinal() != ordinal) {
                        ordinal = stitched.ordinal();
                        record = new BaseCounts();
                        recordPairs = dinucleotides ? new long[Dinucleotides.PAIRS.size()] : null;
                        out.add(new SequenceCount(ordinal, stitched.name(),
                                stitched.nameIndented(), record, recordPairs));
                        lastClass = 0;
                        lastPair = PairCounter.NONE;
                    }
                    if (part.counts().length > 0) {
                        ScalarCountKernel.bridge(lastClass, part.firstClass(), record);
                        record.add(part.counts());
                        lastClass = part.lastClass();
                    }
                    if (recordPairs != null) {
                        lastPair = Dinucleotides.add(recordPairs, lastPair, part.pairs());
                    }
                }
                return out;
            }
        };
    }
}
