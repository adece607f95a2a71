package io.mapchunk.source.reader;

import io.mapchunk.format.FastqRecord;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.FileMapping;
import io.mapchunk.io.InputFileException;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.SplitEnd;
import io.mapchunk.source.split.GenomeRegionSplit;
import org.apache.flink.annotation.Internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Queue;

/**
 * Walks one split of a FASTQ file, emitting its records whole, a run of them per
 * {@link PartKind#RECORDS} chunk. A split owns the records whose {@code @} lies inside it and reads
 * the last of them past its end. A split that starts mid-file takes as its first record the first
 * line start at which {@link FastqRecord#parse} reads a whole record followed by another (or the
 * end): a quality line that begins with {@code @} fails there, because the line after it is a
 * header, which no sequence line may begin like. After its last record a split checks that the
 * next one (the first of the next split) is a record too, so no bytes between records go unread.
 * A record longer than a span is read by a span grown to hold it.
 */
@Internal
final class FastqScanner implements RegionScanner {

    private enum Phase { SEARCH, RECORDS, NEXT_RECORD, BLANK_TAIL, DONE }

    private final FileChannel channel;
    private final SequenceFile file;
    private final GenomeRegionSplit split;
    private final long baseSpan;
    private final int chunkSize;
    private final FastqRecord record = new FastqRecord();
    private ByteBuffer readBuffer;

    private Phase phase;
    private long position;
    private long span;
    private boolean atLineStart;
    private FileMapping mapping;

    FastqScanner(FileChannel channel, SequenceFile file, GenomeRegionSplit split, long mappingSize,
            int chunkSize, ByteBuffer readBuffer) {
        this.channel = channel;
        this.file = file;
        this.split = split;
        this.baseSpan = readBuffer == null ? mappingSize
                : Math.min(mappingSize, readBuffer.capacity());
        this.chunkSize = chunkSize;
        this.readBuffer = readBuffer;
        this.span = baseSpan;
        this.position = split.start();
        this.phase = split.start() == 0 ? Phase.RECORDS : Phase.SEARCH;
    }

    /** The scanners of a FASTQ file's splits. */
    static FormatScanners.Scanners scanners(SequenceFile file, long mappingSize, int chunkSize) {
        return (channel, split, readBuffer) -> new FastqScanner(channel, file, split, mappingSize,
                chunkSize, readBuffer);
    }

    @Override
    public boolean isDone() {
        return phase == Phase.DONE;
    }

    @Override
    public void scanNextMapping(Queue<SequenceChunk> out) throws IOException {
        releaseMapping();
        if (phase == Phase.SEARCH && position == split.start() && position > 0) {
            atLineStart = SpanChecks.byteBefore(channel, file, position) == '\n';
        }
        long size = file.size();
        if (position >= size || (phase == Phase.SEARCH && position >= split.end())) {
            finish(out);
            return;
        }
        long end = Math.min(size, position + span);
        openMapping(end);
        ByteBuffer bytes = mapping.view(position, (int) (end - position));
        int limit = bytes.limit();
        boolean limitIsEnd = end == size;
        switch (phase) {
            case SEARCH -> search(out, bytes, limit, limitIsEnd);
            case RECORDS -> records(out, bytes, 0, limit, limitIsEnd);
            case NEXT_RECORD -> nextRecord(out, bytes, 0, limit, limitIsEnd);
            case BLANK_TAIL -> blankTail(out, bytes, 0, limit, limitIsEnd);
            default -> throw new IllegalStateException("scanner already done");
        }
    }

    /** Finds the first line start inside the split at which a record begins. */
    private void search(Queue<SequenceChunk> out, ByteBuffer bytes, int limit,
            boolean limitIsEnd) {
        int at = 0;
        while (true) {
            if (!atLineStart) {
                int newline = FastqRecord.findNewline(bytes, at, limit);
                if (newline < 0) {
                    moveOn(out, limit, limitIsEnd);
                    return;
                }
                at = newline + 1;
                atLineStart = true;
            }
            if (position + at >= split.end() || (at == limit && limitIsEnd)) {
                finish(out);
                return;
            }
            if (at == limit) {
                moveOn(out, at, false);
                return;
            }
            if (bytes.get(at) == '@') {
                FastqRecord.Outcome outcome = record.parse(bytes, at, limit, limitIsEnd, true);
                if (outcome == FastqRecord.Outcome.RECORD) {
                    phase = Phase.RECORDS;
                    records(out, bytes, at, limit, limitIsEnd);
                    return;
                }
                if (outcome == FastqRecord.Outcome.INCOMPLETE) {
                    readAgainFrom(at);
                    return;
                }
            }
            atLineStart = false;
        }
    }

    /** Emits the split's records from {@code at}, a record start. */
    private void records(Queue<SequenceChunk> out, ByteBuffer bytes, int at, int limit,
            boolean limitIsEnd) {
        int chunkStart = at;
        while (true) {
            if (at == limit && limitIsEnd) {
                emit(out, chunkStart, at);
                finish(out);
                return;
            }
            if (position + at >= split.end()) {
                emit(out, chunkStart, at);
                phase = Phase.NEXT_RECORD;
                nextRecord(out, bytes, at, limit, limitIsEnd);
                return;
            }
            FastqRecord.Outcome outcome = record.parse(bytes, at, limit, limitIsEnd, true);
            if (outcome == FastqRecord.Outcome.FAULT) {
                throw record.failure(bytes, file.path(), position);
            }
            if (outcome == FastqRecord.Outcome.INCOMPLETE) {
                emit(out, chunkStart, at);
                readAgainFrom(at);
                return;
            }
            at = record.end();
            if (record.blankFollows(bytes, limit)) {
                emit(out, chunkStart, at);
                phase = Phase.BLANK_TAIL;
                blankTail(out, bytes, at, limit, limitIsEnd);
                return;
            }
            if (at - chunkStart >= chunkSize) {
                emit(out, chunkStart, at);
                chunkStart = at;
            }
        }
    }

    /** Checks that a record starts where this split's last one ends: the next split's first. */
    private void nextRecord(Queue<SequenceChunk> out, ByteBuffer bytes, int at, int limit,
            boolean limitIsEnd) {
        FastqRecord.Outcome outcome = record.parse(bytes, at, limit, limitIsEnd, true);
        if (outcome == FastqRecord.Outcome.FAULT) {
            throw record.failure(bytes, file.path(), position);
        }
        if (outcome == FastqRecord.Outcome.INCOMPLETE) {
            readAgainFrom(at);
        } else {
            finish(out);
        }
    }

    /** After a blank line only white space may follow, up to the end of the file. */
    private void blankTail(Queue<SequenceChunk> out, ByteBuffer bytes, int at, int limit,
            boolean limitIsEnd) {
        int text = FastqRecord.blankTail(bytes, at, limit);
        if (text >= 0) {
            throw new InputFileException(file.path() + ": bad FASTQ at byte " + (position + text)
                    + ": a blank line comes between records (only the end of a file may have blank"
                    + " lines)");
        }
        moveOn(out, limit, limitIsEnd);
    }

    /** Goes on with the next span at {@code at}, or finishes at the end of the file. */
    private void moveOn(Queue<SequenceChunk> out, int at, boolean limitIsEnd) {
        if (limitIsEnd) {
            finish(out);
        } else {
            position += at;
            span = baseSpan;
        }
    }

    /** Reads again from {@code at}, with a span grown when what is there did not fit in one. */
    private void readAgainFrom(int at) {
        if (at == 0) {
            if (span >= FileMapping.MAX_SIZE) {
                throw new InputFileException(file.path() + ": a FASTQ record at byte " + position
                        + " is longer than " + FileMapping.MAX_SIZE + " bytes");
            }
            span = Math.min(FileMapping.MAX_SIZE, span * 2);
        } else {
            span = baseSpan;
        }
        position += at;
    }

    private void emit(Queue<SequenceChunk> out, int from, int to) {
        if (to > from) {
            out.add(new SequenceChunk(split.index(), 0, PartKind.RECORDS, null, false,
                    position + from, mapping.view(position + from, to - from), false, null,
                    mapping));
        }
    }

    private void finish(Queue<SequenceChunk> out) {
        out.add(new SequenceChunk(split.index(), 0, PartKind.RECORDS, null, false, position,
                ByteBuffer.allocate(0), true, SplitEnd.SEQUENCE, null));
        phase = Phase.DONE;
    }

    private void openMapping(long end) throws IOException {
        SpanChecks.checkStillCovers(channel, file, end);
        int length = (int) (end - position);
        if (readBuffer != null && readBuffer.capacity() < length) {
            readBuffer = ByteBuffer.allocateDirect(length);
        }
        mapping = readBuffer == null ? FileMapping.map(channel, position, length)
                : FileMapping.read(channel, position, length, readBuffer, file.path());
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
