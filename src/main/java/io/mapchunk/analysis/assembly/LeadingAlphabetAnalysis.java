package io.mapchunk.analysis.assembly;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.PartSummarizer;
import io.mapchunk.analysis.StitchedAssembler;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.Bytes;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.PartKind;
import io.mapchunk.stitch.Stitcher;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The letters among the first {@link #LIMIT} bases of a file's first record (line ends skipped),
 * from which seqkit guesses the alphabet of a whole file ({@link SeqkitAlphabet}).
 *
 * <p>Only parts that may belong to the first record are looked at: in each split, the parts before
 * its first header and the part that header opens; the others are summarised as {@link #NONE}.
 * A part notes where each letter first occurs among its first {@link #LIMIT} bases, so the client
 * can tell which letters fall within the record's first {@link #LIMIT} bases whatever the split
 * edges.
 */
public final class LeadingAlphabetAnalysis
        implements ChunkAnalysis<LeadingAlphabetAnalysis.Part, LeadingAlphabetAnalysis.Letters> {

    /** Bases of the first record seqkit looks at ({@code AlphabetGuessSeqLengthThreshold}). */
    public static final int LIMIT = 10_000;

    private static final long serialVersionUID = 1L;

    /** A part's bases (at most {@link #LIMIT}) and its distinct letters with their first position. */
    public record Part(int bases, byte[] letters, int[] firstAt) {}

    /** The summary of a part that cannot belong to the first record. */
    public static final Part NONE = new Part(0, new byte[0], new int[0]);

    /**
     * The distinct letters (as unsigned byte values, ascending) of the first record's first
     * {@link #LIMIT} bases; {@code records} false when the file has no record at all.
     */
    public record Letters(boolean records, int[] values) {}

    @Override
    public ChunkFolder<Part> newFolder(SequenceFile file) {
        return new PartSummarizer<>() {
            private final int[] firstAt = new int[256];
            private int split = -1;
            private boolean namedSeen;
            private boolean looking;
            private int bases;

            @Override
            public void startPart(SequenceChunk first) {
                if (first.split() != split) {
                    split = first.split();
                    namedSeen = false;
                }
                looking = !namedSeen;
                namedSeen |= first.kind() == PartKind.NAMED;
                Arrays.fill(firstAt, -1);
                bases = 0;
            }

            @Override
            protected void add(SequenceChunk chunk) {
                if (!looking || bases >= LIMIT) {
                    return;
                }
                ByteBuffer bytes = chunk.bytes();
                for (int i = bytes.position(), to = bytes.limit(); i < to && bases < LIMIT; i++) {
                    int value = bytes.get(i) & 0xff;
                    if (!Bytes.isLineEnd(value)) {
                        if (firstAt[value] < 0) {
                            firstAt[value] = bases;
                        }
                        bases++;
                    }
                }
            }

            @Override
            protected Part summary() {
                if (!looking) {
                    return NONE;
                }
                int distinct = 0;
                for (int at : firstAt) {
                    distinct += at >= 0 ? 1 : 0;
                }
                byte[] letters = new byte[distinct];
                int[] positions = new int[distinct];
                for (int value = 0, j = 0; value < 256; value++) {
                    if (firstAt[value] >= 0) {
                        letters[j] = (byte) value;
                        positions[j++] = firstAt[value];
                    }
                }
                return new Part(bases, letters, positions);
            }
        };
    }

    @Override
    public Assembler<Part, Letters> newAssembler(SequenceFile file, int splits) {
        return new StitchedAssembler<>(file, splits) {
            @Override
            protected long dataOf(Part part) {
                return part.bases();
            }

            @Override
            protected Letters assemble(List<Stitcher.Stitched<Part>> parts) {
                boolean[] seen = new boolean[256];
                long offset = 0;
                for (Stitcher.Stitched<Part> stitched : parts) {
                    if (stitched.ordinal() != 0) {
                        break;
                    }
                    Part part = stitched.value();
                    for (int j = 0; j < part.letters().length; j++) {
                        if (offset + part.firstAt()[j] < LIMIT) {
                            seen[part.letters()[j] & 0xff] = true;
                        }
                    }
                    offset += part.bases();
                }
                return new Letters(!parts.isEmpty(),
                        IntStream.range(0, 256).filter(v -> seen[v]).toArray());
            }
        };
    }
}
