package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.Bytes;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.FileMapping;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.SplitEnd;
import io.mapchunk.source.split.GenomeRegionSplit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Queue;

/**
 * Walks one split a mapping at a time, turning its bytes into {@link SequenceChunk}s.
 *
 * <p>A split owns the sequence bytes inside it and the headers whose {@code >} is inside it (it
 * reads such a header past its end). A split starting mid-line cannot tell sequence from the tail
 * of a header, so those bytes go in a {@link PartKind#LEAD} part for downstream resolution. Only
 * one mapping is open at a time; it is released before the next is made.
 */
@Internal
final class SplitScanner implements RegionScanner {

    private final FileChannel channel;
    private final SequenceFile file;
    private final GenomeRegionSplit split;
    private final long mappingSize;
    private final int chunkSize;
    private final ByteBuffer readBuffer;

    private long position;
    private boolean inLead;
    private boolean lineStartAtPosition;
    private boolean done;
    private int partOrdinal = -1;
    private PartKind partKind;
    private String partName;
    private boolean partIndented;
    private boolean partEmitted;
    private FileMapping mapping;

    /**
     * A scanner that maps its spans, or with a {@code readBuffer} reads them into it (spans
     * then at most the buffer's capacity).
     */
    SplitScanner(FileChannel channel, SequenceFile file, GenomeRegionSplit split, long mappingSize,
            int chunkSize, ByteBuffer readBuffer) throws IOException {
        this.channel = channel;
        this.file = file;
        this.split = split;
        this.mappingSize = readBuffer == null ? mappingSize
                : Math.min(mappingSize, readBuffer.capacity());
        this.chunkSize = chunkSize;
        this.readBuffer = readBuffer;
        this.position = split.start();
        if (!file.format().headerLines()) {
            startPart(split.start() == 0 ? PartKind.NAMED : PartKind.CARRY,
                    split.start() == 0 ? file.rawSequenceName() : null, false, null);
        } else {
            lineStartAtPosition = split.start() == 0
                    || Bytes.isLineEnd(SpanChecks.byteBefore(channel, file, split.start()));
            inLead = !lineStartAtPosition;
            startPart(inLead ? PartKind.LEAD : PartKind.CARRY, null, false, null);
        }
    }

    /** The scanners of a text file's splits. */
    static FormatScanners.Scanners scanners(SequenceFile file, long mappingSize, int chunkSize) {
        return (channel, split, readBuffer) -> new SplitScanner(channel, file, split, mappingSize,
                chunkSize, readBuffer);
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public void scanNextMapping(Queue<SequenceChunk> out) throws IOException {
        releaseMapping();
        if (position >= split.end()) {
            finish(out, SplitEnd.SEQUENCE);
            return;
        }
        long mappingEnd = Math.min(split.end(), position + mappingSize);
        SpanChecks.checkStillCovers(channel, file, mappingEnd);
        mapping = readBuffer == null ? FileMapping.map(channel, position, mappingEnd - position)
                : FileMapping.read(channel, position, (int) (mappingEnd - position), readBuffer,
                        file.path());
        if (!file.format().headerLines()) {
            emit(out, position, mappingEnd);
            advanceTo(mappingEnd, out, SplitEnd.SEQUENCE);
            return;
        }
        if (inLead) {
            long terminator = ByteSearch.findTerminator(mapping, position, mappingEnd);
            if (terminator < 0) {
                emit(out, position, mappingEnd);
                advanceTo(mappingEnd, out, SplitEnd.INHERIT);
                return;
            }
            emit(out, position, terminator);
            inLead = false;
            startPart(PartKind.CARRY, null, false, out);
            position = terminator;
        }
        scanBody(out, mappingEnd);
    }

    private void scanBody(Queue<SequenceChunk> out, long mappingEnd) throws IOException {
        while (true) {
            long header = ByteSearch.findHeader(mapping, position, mappingEnd,
                    position == mapping.fileOffset() && lineStartAtPosition);
            if (header < 0) {
                emit(out, position, mappingEnd);
                lineStartAtPosition = mappingEnd > position
                        && Bytes.isLineEnd(mapping.byteAt(mappingEnd - 1));
                advanceTo(mappingEnd, out, SplitEnd.SEQUENCE);
                return;
            }
            emit(out, position, header);
            HeaderLine line = HeaderLine.read(mapping, mappingEnd, channel, file.path(), header,
                    file.size());
            startPart(PartKind.NAMED, line.name(), line.indented(), out);
            if (line.terminator() >= split.end()) {
                position = split.end();
                finish(out, SplitEnd.HEADER);
                return;
            }
            position = line.terminator();
            lineStartAtPosition = false;
            if (position >= mappingEnd) {
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

    private void startPart(PartKind kind, String name, boolean indented,
            Queue<SequenceChunk> out) {
        if (out != null && partKind == PartKind.NAMED && !partEmitted) {
            out.add(chunk(position, ByteBuffer.allocate(0), false, null));
        }
        partOrdinal++;
        partKind = kind;
        partName = name;
        partIndented = indented;
        partEmitted = false;
    }

    private void emit(Queue<SequenceChunk> out, long from, long to) {
        for (long start = from; start < to; start += chunkSize) {
            int length = (int) Math.min(chunkSize, to - start);
            out.add(chunk(start, mapping.view(start, length), false, null));
        }
    }

    private void finish(Queue<SequenceChunk> out, SplitEnd endState) {
        out.add(chunk(position, ByteBuffer.allocate(0), true, endState));
        done = true;
    }

    private SequenceChunk chunk(long offset, ByteBuffer bytes, boolean last, SplitEnd end) {
        partEmitted = true;
        return new SequenceChunk(split.index(), partOrdinal, partKind,
                partKind == PartKind.NAMED ? partName : null,
                partKind == PartKind.NAMED && partIndented, offset, bytes, last, end,
                bytes.capacity() == 0 ? null : mapping);
    }

    private void releaseMapping() {
        if (mapping != null) {
            mapping.close();
            mapping = null;
        }
    }

    @Override
    public void close() {
        releaseMapping();
    }
}
