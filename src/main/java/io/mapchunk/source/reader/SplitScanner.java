package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputFileException;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.SequenceFileKind;
import io.mapchunk.io.MappedRegion;
import io.mapchunk.stitch.PartKind;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.stitch.SplitEnd;
import io.mapchunk.source.split.GenomeRegionSplit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Queue;

/**
 * Walks one split window by window, turning its bytes into {@link SequenceChunk}s.
 *
 * <p>A split owns the sequence bytes inside it and the headers whose {@code >} is inside it (it
 * reads such a header past its end). A split starting mid-line cannot tell sequence from the tail
 * of a header, so those bytes go in a {@link PartKind#LEAD} part for downstream resolution. Only
 * one window is mapped at a time; it is released before the next is mapped.
 */
@Internal
final class SplitScanner implements AutoCloseable {

    private final FileChannel channel;
    private final SequenceFile file;
    private final GenomeRegionSplit split;
    private final long windowSize;
    private final int chunkSize;
    private final ByteBuffer readBuffer;

    private long position;
    private boolean inLead;
    private boolean lineStartAtPosition;
    private boolean done;
    private int partOrdinal = -1;
    private PartKind partKind;
    private String partName;
    private boolean partEmitted;
    private MappedRegion window;

    /**
     * A scanner that maps its windows, or with a {@code readBuffer} reads them into it (windows
     * then at most the buffer's capacity).
     */
    SplitScanner(FileChannel channel, SequenceFile file, GenomeRegionSplit split, long windowSize,
            int chunkSize, ByteBuffer readBuffer) throws IOException {
        this.channel = channel;
        this.file = file;
        this.split = split;
        this.windowSize = readBuffer == null ? windowSize
                : Math.min(windowSize, readBuffer.capacity());
        this.chunkSize = chunkSize;
        this.readBuffer = readBuffer;
        this.position = split.start();
        if (file.kind() == SequenceFileKind.RAW) {
            startPart(split.start() == 0 ? PartKind.NAMED : PartKind.CARRY,
                    split.start() == 0 ? file.rawSequenceName() : null, null);
        } else {
            lineStartAtPosition = split.start() == 0 || Bytes.isLineEnd(byteBefore(split.start()));
            inLead = !lineStartAtPosition;
            startPart(inLead ? PartKind.LEAD : PartKind.CARRY, null, null);
        }
    }

    boolean isDone() {
        return done;
    }

    /** Maps (or reads) the next window, queues its chunks, and releases the previous window. */
    void scanNextWindow(Queue<SequenceChunk> out) throws IOException {
        releaseWindow();
        if (position >= split.end()) {
            finish(out, SplitEnd.SEQUENCE);
            return;
        }
        long windowEnd = Math.min(split.end(), position + windowSize);
        checkStillCovers(windowEnd);
        window = readBuffer == null ? MappedRegion.map(channel, position, windowEnd - position)
                : MappedRegion.read(channel, position, (int) (windowEnd - position), readBuffer,
                        file.path());
        if (file.kind() == SequenceFileKind.RAW) {
            emit(out, position, windowEnd);
            advanceTo(windowEnd, out, SplitEnd.SEQUENCE);
            return;
        }
        if (inLead) {
            long terminator = ByteSearch.findTerminator(window, position, windowEnd);
            if (terminator < 0) {
                emit(out, position, windowEnd);
                advanceTo(windowEnd, out, SplitEnd.INHERIT);
                return;
            }
            emit(out, position, terminator);
            inLead = false;
            startPart(PartKind.CARRY, null, out);
            position = terminator;
        }
        scanBody(out, windowEnd);
    }

    private void scanBody(Queue<SequenceChunk> out, long windowEnd) throws IOException {
        while (true) {
            long header = ByteSearch.findHeader(window, position, windowEnd,
                    position == window.fileOffset() && lineStartAtPosition);
            if (header < 0) {
                emit(out, position, windowEnd);
                lineStartAtPosition = windowEnd > position
                        && Bytes.isLineEnd(window.byteAt(windowEnd - 1));
                advanceTo(windowEnd, out, SplitEnd.SEQUENCE);
                return;
            }
            emit(out, position, header);
            HeaderLine line = HeaderLine.read(channel, file.path(), header, file.size());
            startPart(PartKind.NAMED, line.name(), out);
            if (line.terminator() >= split.end()) {
                position = split.end();
                finish(out, SplitEnd.HEADER);
                return;
            }
            position = line.terminator();
            lineStartAtPosition = false;
            if (position >= windowEnd) {
                return;
            }
        }
    }

    private void advanceTo(long end, Queue<SequenceChunk> out, SplitEnd endState) {
        position = end;
        if (position >= split.end()) {
            finish(out, endState);
        }
    }

    private void startPart(PartKind kind, String name, Queue<SequenceChunk> out) {
        if (out != null && partKind == PartKind.NAMED && !partEmitted) {
            out.add(chunk(position, ByteBuffer.allocate(0), false, null));
        }
        partOrdinal++;
        partKind = kind;
        partName = name;
        partEmitted = false;
    }

    private void emit(Queue<SequenceChunk> out, long from, long to) {
        for (long start = from; start < to; start += chunkSize) {
            int length = (int) Math.min(chunkSize, to - start);
            out.add(chunk(start, window.view(start, length), false, null));
        }
    }

    private void finish(Queue<SequenceChunk> out, SplitEnd endState) {
        out.add(chunk(position, ByteBuffer.allocate(0), true, endState));
        done = true;
    }

    private SequenceChunk chunk(long offset, ByteBuffer bytes, boolean last, SplitEnd end) {
        partEmitted = true;
        return new SequenceChunk(split.index(), partOrdinal, partKind,
                partKind == PartKind.NAMED ? partName : null, offset, bytes, last, end,
                bytes.capacity() == 0 ? null : window);
    }

    /** A file cut shorter since planning would fault when mapped: refuse it with a clear reason. */
    private void checkStillCovers(long end) throws IOException {
        long size = channel.size();
        if (size < end) {
            throw new InputFileException(file.path() + ": changed while being read (now " + size
                    + " bytes, " + file.size() + " when the job started)");
        }
    }

    private byte byteBefore(long offset) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        if (channel.read(one, offset - 1) != 1) {
            throw new InputFileException(file.path() + ": cannot read byte " + (offset - 1));
        }
        return one.get(0);
    }

    private void releaseWindow() {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    @Override
    public void close() {
        releaseWindow();
    }
}
