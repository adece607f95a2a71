package io.mapchunk.analysis.assembly;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.PartSummarizer;
import io.mapchunk.analysis.StitchedAssembler;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.Bytes;
import io.mapchunk.io.VectorApi;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.Stitcher;

import javax.annotation.Nullable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of N per record (N or n; the gaps of a scaffold): maximal stretches of N bytes, line ends
 * inside a run not breaking it. Each part counts the runs that start in it and says whether its
 * first and last bases are N; the client joins a run that crosses a part edge. The runs' total
 * length is the record's N count ({@code BaseCounts.n}), so only their number is counted here.
 */
public final class NRunAnalysis implements ChunkAnalysis<NRunAnalysis.Part, long[]> {

    private static final long serialVersionUID = 1L;
    private static final long CONTROLS = Bytes.broadcast(' ');
    private static final long CASE = Bytes.broadcast(0x20);
    private static final long LOWER_N = Bytes.broadcast('n');

    /**
     * The runs starting in one part, and whether it holds bases at all, begins with N and ends
     * with N (line ends skipped).
     */
    public record Part(long runs, boolean bases, boolean firstIsN, boolean lastIsN) {}

    @Override
    public ChunkFolder<Part> newFolder(SequenceFile file) {
        return new PartSummarizer<>() {
            private final RunCounter counter = new RunCounter();

            @Override
            public void startPart(SequenceChunk first) {
                counter.reset();
            }

            @Override
            protected void add(SequenceChunk chunk) {
                counter.add(chunk.bytes());
            }

            @Override
            protected Part summary() {
                return new Part(counter.runs, counter.bases, counter.firstIsN, counter.lastIsN);
            }
        };
    }

    /** The number of N runs of each record, in file order. */
    @Override
    public Assembler<Part, long[]> newAssembler(SequenceFile file, int splits) {
        return new StitchedAssembler<>(file, splits) {
            @Override
            protected long dataOf(Part part) {
                return part.bases() ? 1 : 0;
            }

            @Override
            protected long[] assemble(List<Stitcher.Stitched<Part>> parts) {
                List<Long> records = new ArrayList<>();
                long ordinal = -1;
                long runs = 0;
                boolean lastIsN = false;
                for (Stitcher.Stitched<Part> stitched : parts) {
                    if (stitched.ordinal() != ordinal) {
                        if (ordinal >= 0) {
                            records.add(runs);
                        }
                        ordinal = stitched.ordinal();
                        runs = 0;
                        lastIsN = false;
                    }
                    Part part = stitched.value();
                    if (!part.bases()) {
                        continue;
                    }
                    runs += part.runs() - (lastIsN && part.firstIsN() ? 1 : 0);
                    lastIsN = part.lastIsN();
                }
                if (ordinal >= 0) {
                    records.add(runs);
                }
                return records.stream().mapToLong(Long::longValue).toArray();
            }
        };
    }

    /**
     * The counting loop: blocks without N passed over (found a vector at a time), then eight
     * bytes at a time; a word without N after a byte that is no N is
     * passed over at once (most of a genome), and bytes are taken one by one only in words with N
     * and a line end.
     */
    static final class RunCounter {
        /** Finds the blocks without N when the Vector API is on; else null. */
        @Nullable
        private final VectorNSearch search = VectorApi.enabled() ? VectorNSearch.newSearch() : null;
        long runs;
        boolean bases;
        boolean firstIsN;
        boolean lastIsN;

        void reset() {
            runs = 0;
            bases = false;
            firstIsN = false;
            lastIsN = false;
        }

        void add(ByteBuffer bytes) {
            int from = bytes.position();
            int to = bytes.limit();
            if (search == null) {
                addWords(bytes, from, to);
                return;
            }
            for (int block = from; block < to; block += VectorNSearch.BLOCK) {
                int end = Math.min(to, block + VectorNSearch.BLOCK);
                if (!bases || lastIsN || search.holdsN(bytes, block, end)) {
                    addWords(bytes, block, end); // else no run starts or goes on in the block
                }
            }
        }

        private void addWords(ByteBuffer bytes, int from, int to) {
            int i = from;
            for (; i + Long.BYTES <= to; i += Long.BYTES) {
                long word = bytes.getLong(i);
                long isN = Bytes.matchBytes(word | CASE, LOWER_N);
                if (isN == 0 && !lastIsN && bases) {
                    continue; // no run starts or goes on here, whatever the line ends
                }
                if (Bytes.hasByteBelow(word, CONTROLS) && Bytes.lineEndBytes(word) != 0) {
                    for (int j = i; j < i + Long.BYTES; j++) {
                        addByte(bytes.get(j));
                    }
                    continue;
                }
                if (!bases) {
                    bases = true;
                    firstIsN = (isN & 0x80L) != 0;
                }
                long previousIsN = (isN << 8) | (lastIsN ? 0x80L : 0);
                runs += Long.bitCount(isN & ~previousIsN);
                lastIsN = isN < 0;
            }
            for (; i < to; i++) {
                addByte(bytes.get(i));
            }
        }

        private void addByte(byte value) {
            if (Bytes.isLineEnd(value)) {
                return;
            }
            boolean isN = (value | 0x20) == 'n';
            if (!bases) {
                bases = true;
                firstIsN = isN;
            }
            if (isN && !lastIsN) {
                runs++;
            }
            lastIsN = isN;
        }
    }
}
