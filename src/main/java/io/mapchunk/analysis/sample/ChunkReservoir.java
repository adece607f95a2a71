package io.mapchunk.analysis.sample;

import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.InputFileException;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.GenomeCoordinates;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.source.SequenceChunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.Consumer;

/**
 * Keeps, per split, the bottom-k of the positions matching a {@link ScanPredicate} by a random key
 * that depends only on the seed and the position's genome coordinate, and emits them when the split
 * ends. The union of all splits' bottom-k holds the global bottom-k, whatever the parallelism or
 * split size, so merging them in one place gives the same sample every time.
 */
final class ChunkReservoir implements ChunkFolder<ScanPick> {

    private final String path;
    private final GenomeCoordinates coordinates;
    private final ScanPredicate predicate;
    private final long seed;
    private final BottomK reservoir;
    private FileChannel channel;

    ChunkReservoir(String path, GenomeCoordinates coordinates, ScanPredicate predicate, long seed,
            int k) {
        this.path = path;
        this.coordinates = coordinates;
        this.predicate = predicate;
        this.seed = seed;
        this.reservoir = new BottomK(k);
    }

    @Override
    public void add(SequenceChunk chunk, Consumer<ScanPick> out) {
        if (chunk.length() > 0) {
            try {
                scan(chunk);
            } catch (IOException e) {
                throw new InputFileException(path + ": cannot read: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void finishPart(SequenceChunk last, Consumer<ScanPick> out) {
        if (last.lastInSplit()) {
            for (int i = 0; i < reservoir.size(); i++) {
                out.accept(new ScanPick(reservoir.key(i), reservoir.position(i)));
            }
            reservoir.clear();
        }
    }

    private void scan(SequenceChunk chunk) throws IOException {
        long chunkEnd = chunk.fileOffset() + chunk.length();
        int record = coordinates.recordAt(chunkEnd - 1);
        if (record < 0) {
            return;
        }
        FaiEntry entry = coordinates.entry(record);
        long from = Math.max(chunk.fileOffset(), entry.offset());
        long to = Math.min(chunkEnd, coordinates.endOffset(record));
        ByteBuffer bytes = chunk.bytes();
        int position = bytes.position();
        long chunkStart = chunk.fileOffset();
        long line = coordinates.lineOf(record, from);
        while (true) {
            long lineStart = coordinates.lineOffset(record, line);
            long segFrom = Math.max(from, lineStart);
            long segTo = Math.min(to, coordinates.lineBasesEnd(record, line));
            if (segFrom >= to) {
                return;
            }
            long pos = coordinates.linePosition(record, line) + (segFrom - lineStart);
            long genome = coordinates.genomeOf(record, pos);
            for (long at = segFrom; at < segTo; at++, pos++, genome++) {
                int b = bytes.get(position + (int) (at - chunkStart));
                int next = -1;
                if (predicate == ScanPredicate.cpg && (b | 0x20) == 'c' && pos + 1 < entry.length()) {
                    long nextAt = entry.offsetOf(pos + 1);
                    next = nextAt < chunkEnd ? bytes.get(position + (int) (nextAt - chunkStart))
                            : readByte(nextAt);
                }
                if (predicate.test(b, next)) {
                    long key = ScanAnalysis.key(seed, genome);
                    if (key <= reservoir.threshold()) {
                        reservoir.offer(key, genome);
                    }
                }
            }
            line++;
        }
    }

    private int readByte(long offset) throws IOException {
        if (channel == null) {
            channel = InputChannels.open(InputLocation.of(path));
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, offset);
        return one.get(0);
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
