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
 * Base counts per record: each subtask counts its parts with the fastest {@link BaseCountKernel}
 * ({@link CountKernels}), or a {@code .2bit}'s on its packed codes ({@link PackedCounter}), and the client sums the parts of each record, adding the CpG pairs that
 * straddle part edges. One {@link SequenceCount} per record, in file order.
 */
public final class CountAnalysis implements ChunkAnalysis<PartCount, List<SequenceCount>> {

    private static final long serialVersionUID = 1L;

    @Override
    public ChunkFolder<PartCount> newFolder(SequenceFile file) {
        BaseCountKernel kernel = CountKernels.create();
        PackedCounter packed = new PackedCounter();
        return new PartSummarizer<>() {
            @Override
            public void startPart(SequenceChunk first) {
                kernel.reset();
                packed.reset();
            }

            @Override
            protected void add(SequenceChunk chunk) {
                if (chunk.packed() != null) {
                    packed.add(chunk.packed());
                } else {
                    kernel.add(chunk.bytes());
                }
            }

            @Override
            protected PartCount summary() {
                return packed.isEmpty()
                        ? new PartCount(kernel.counts(), kernel.firstClass(), kernel.lastClass())
                        : new PartCount(packed.counts(), packed.firstClass(), packed.lastClass());
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
                long ordinal = -1;
                int lastClass = 0;
                for (Stitcher.Stitched<PartCount> stitched : parts) {
                    PartCount part = stitched.value();
                    if (stitched.ordinal() != ordinal) {
                        ordinal = stitched.ordinal();
                        record = new BaseCounts();
                        out.add(new SequenceCount(ordinal, stitched.name(),
                                stitched.nameIndented(), record));
                        lastClass = 0;
                    }
                    if (part.counts().length > 0) {
                        CountKernel.bridge(lastClass, part.firstClass(), record);
                        record.add(part.counts());
                        lastClass = part.lastClass();
                    }
                }
                return out;
            }
        };
    }
}
